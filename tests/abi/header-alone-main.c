/* The main() of the header-alone test; the generated header-alone-*.c files hold the checks,
 * which happen at compile time. */
#include <stdio.h>

int main(void)
{
    printf("%d public headers compiled alone and first: %s\n", HEADER_COUNT, HEADER_LIST);
    return 0;
}
