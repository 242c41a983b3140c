/*
 * libcongdoan — the umbrella header: include this one.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_H
#define CONGDOAN_H

#include "congdoan/common.h"
#include "congdoan/version.h"
#include "congdoan/error.h"
#include "congdoan/text.h"
#include "congdoan/unit.h"
#include "congdoan/document.h"
#include "congdoan/task.h"
#include "congdoan/indicator.h"
#include "congdoan/report.h"
#include "congdoan/result.h"
#include "congdoan/issues.h"
#include "congdoan/corpus.h"
#include "congdoan/progress.h"
#include "congdoan/tasks.h"
#include "congdoan/cascade.h"
#include "congdoan/breakdown.h"
#include "congdoan/trend.h"
#include "congdoan/bulk.h"
#include "congdoan/writer.h"
#include "congdoan/edit.h"
#include "congdoan/lookup.h"
#include "congdoan/import.h"
#include "congdoan/labels.h"
#include "congdoan/reports.h"

#endif /* CONGDOAN_H */
