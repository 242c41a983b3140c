#include "model.h"
extern const char congdoan__schema_rng[];
CONGDOAN_API const char *congdoan_schema_namespace(void) { return "urn:congdoan:1"; }
CONGDOAN_API const char *congdoan_schema_text(void) { return congdoan__schema_rng; }
