/* cascade.c: being written */
