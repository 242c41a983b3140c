/* bulk.c: being written */
