/* tasks.c: being written */
