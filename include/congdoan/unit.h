/*
 * libcongdoan — organisation units, departments and leading bodies.
 *
 * Copyright (c) 2026 the libcongdoan developers. MIT licence, see COPYING.
 */
#ifndef CONGDOAN_UNIT_H
#define CONGDOAN_UNIT_H

#include "common.h"

/**
 * @file congdoan/unit.h
 * @brief Units of the union hierarchy (Điều lệ Công đoàn Việt Nam: four levels), and the
 * departments and leading bodies inside them.
 *
 * Every `const congdoan_unit *` and string returned here is borrowed from the corpus the unit
 * was loaded into and lives as long as that corpus.
 */

CONGDOAN_BEGIN_DECL

/** What a unit is. */
typedef enum congdoan_unit_kind {
    /** An organisation of the hierarchy (Tổng Liên đoàn, LĐLĐ tỉnh, LĐLĐ huyện, CĐCS …). */
    CONGDOAN_UNIT_ORGANISATION = 1,
    /** A department inside an organisation (Ban Đối ngoại, Văn phòng …). */
    CONGDOAN_UNIT_DEPARTMENT = 2,
    /** A leading body of an organisation (Ban Chấp hành, Đoàn Chủ tịch, Ban Thường vụ …). */
    CONGDOAN_UNIT_BODY = 3,
    /**
     * (1.2) A group of units outside the hierarchy: an emulation cluster or bloc (cụm, khối thi
     * đua). Its id stands wherever a unit id can; progress is never rolled up through it.
     */
    CONGDOAN_UNIT_GROUP = 4
} congdoan_unit_kind;

/** The four levels of the hierarchy. */
typedef enum congdoan_level {
    CONGDOAN_LEVEL_UNKNOWN = 0,
    /** Tổng Liên đoàn Lao động Việt Nam. */
    CONGDOAN_LEVEL_CENTRAL = 1,
    /** LĐLĐ tỉnh, thành phố; Công đoàn ngành Trung ương; Công đoàn Tổng Công ty trực thuộc TLĐ. */
    CONGDOAN_LEVEL_PROVINCIAL = 2,
    /** Công đoàn cấp trên trực tiếp cơ sở: LĐLĐ huyện, Công đoàn ngành địa phương, CĐ Viên chức … */
    CONGDOAN_LEVEL_UPPER_GRASSROOTS = 3,
    /** Công đoàn cơ sở (CĐCS). */
    CONGDOAN_LEVEL_GRASSROOTS = 4
} congdoan_level;

/** The sector of a grassroots union (khu vực nhà nước / ngoài khu vực nhà nước). */
typedef enum congdoan_sector {
    CONGDOAN_SECTOR_NONE = 0,
    /** A public body or public service unit (cơ quan hành chính, đơn vị sự nghiệp công lập). */
    CONGDOAN_SECTOR_PUBLIC = 1,
    /** A state-owned enterprise (doanh nghiệp nhà nước). */
    CONGDOAN_SECTOR_STATE_ENTERPRISE = 2,
    /** A non-state enterprise (doanh nghiệp ngoài khu vực nhà nước). */
    CONGDOAN_SECTOR_NON_STATE_ENTERPRISE = 3
} congdoan_sector;

/** The kind of a leading body. */
typedef enum congdoan_body_kind {
    CONGDOAN_BODY_NONE = 0,
    /** Ban Chấp hành. */
    CONGDOAN_BODY_EXECUTIVE_COMMITTEE = 1,
    /** Đoàn Chủ tịch. */
    CONGDOAN_BODY_PRESIDIUM = 2,
    /** Ban Thường vụ. */
    CONGDOAN_BODY_STANDING_COMMITTEE = 3,
    /** Ủy ban Kiểm tra. */
    CONGDOAN_BODY_INSPECTION_COMMITTEE = 4,
    /** (1.2) Đại hội: a congress, which adopts the targets of a term. */
    CONGDOAN_BODY_CONGRESS = 5
} congdoan_body_kind;

/**
 * (1.2) What sort of union an organisation above the grassroots is, for the classes of units
 * documents name ("LĐLĐ các tỉnh, thành phố", "các công đoàn ngành Trung ương"). Bit sets of
 * kinds use bit (1 << kind).
 */
typedef enum congdoan_org_kind {
    CONGDOAN_ORG_KIND_NONE = 0,
    /** Liên đoàn Lao động tỉnh, thành phố, quận, huyện. */
    CONGDOAN_ORG_KIND_FEDERATION = 1,
    /** Công đoàn ngành Trung ương, Công đoàn ngành địa phương. */
    CONGDOAN_ORG_KIND_SECTORAL = 2,
    /** Công đoàn Tổng Công ty. */
    CONGDOAN_ORG_KIND_CORPORATION = 3,
    /** Công đoàn Viên chức tỉnh. */
    CONGDOAN_ORG_KIND_CIVIL_SERVANTS = 4,
    /** Công đoàn các khu công nghiệp, khu kinh tế. */
    CONGDOAN_ORG_KIND_INDUSTRIAL_ZONE = 5
} congdoan_org_kind;

/** (1.2) The kind of a group of units. */
typedef enum congdoan_group_kind {
    CONGDOAN_GROUP_NONE = 0,
    /** Cụm thi đua. */
    CONGDOAN_GROUP_EMULATION_CLUSTER = 1,
    /** Khối thi đua. */
    CONGDOAN_GROUP_EMULATION_BLOC = 2
} congdoan_group_kind;

/** A unit's classification (xếp loại) for a year; the values are ordered, so `>=` compares grades. */
typedef enum congdoan_grade {
    CONGDOAN_GRADE_NONE = 0,
    /** Không hoàn thành nhiệm vụ. */
    CONGDOAN_GRADE_NOT_COMPLETED = 1,
    /** Hoàn thành nhiệm vụ. */
    CONGDOAN_GRADE_COMPLETED = 2,
    /** Hoàn thành tốt nhiệm vụ. */
    CONGDOAN_GRADE_GOOD = 3,
    /** Hoàn thành xuất sắc nhiệm vụ. */
    CONGDOAN_GRADE_EXCELLENT = 4
} congdoan_grade;

/** The unit's identifier, e.g. "laichau". On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_unit_id(const congdoan_unit *unit);
/** The full name, e.g. "Liên đoàn Lao động tỉnh Lai Châu". On NULL: returns NULL; never NULL otherwise. */
CONGDOAN_API const char *congdoan_unit_name(const congdoan_unit *unit);
/** The short name, e.g. "LĐLĐ tỉnh Lai Châu", or NULL when none was given. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_unit_short_name(const congdoan_unit *unit);
/** Organisation, department or body. On NULL: returns 0. */
CONGDOAN_API congdoan_unit_kind congdoan_unit_get_kind(const congdoan_unit *unit);
/**
 * The level; for a department or body, the level of its organisation.
 * On NULL: returns CONGDOAN_LEVEL_UNKNOWN.
 */
CONGDOAN_API congdoan_level congdoan_unit_level(const congdoan_unit *unit);
/** The sector (grassroots units), or CONGDOAN_SECTOR_NONE. On NULL: returns CONGDOAN_SECTOR_NONE. */
CONGDOAN_API congdoan_sector congdoan_unit_sector(const congdoan_unit *unit);
/**
 * The kind of a body, or CONGDOAN_BODY_NONE for organisations and departments.
 * On NULL: returns CONGDOAN_BODY_NONE.
 */
CONGDOAN_API congdoan_body_kind congdoan_unit_body_kind(const congdoan_unit *unit);

/**
 * The parent: for an organisation the organisation above it, for a department or body the
 * organisation it belongs to, for a group (1.2) the unit that organises it (a group is never a
 * child of it: it stays outside the hierarchy).
 * On NULL: returns NULL.
 * @return the parent, or NULL for a root or when the parent id is not (yet) loaded.
 */
CONGDOAN_API const congdoan_unit *congdoan_unit_parent(const congdoan_unit *unit);
/** The parent's id as written in the file, or NULL when none was given. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_unit_parent_id(const congdoan_unit *unit);

/**
 * The number of organisations directly under this one (departments and bodies excluded).
 * On NULL: returns 0.
 */
CONGDOAN_API size_t congdoan_unit_child_count(const congdoan_unit *unit);
/**
 * The i-th child organisation, in load order (the order units were loaded or added, whatever edits moved them since), or NULL when i is out of range.
 * On NULL: returns NULL.
 */
CONGDOAN_API const congdoan_unit *congdoan_unit_child(const congdoan_unit *unit, size_t i);

/** The number of departments and bodies inside this organisation. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_unit_department_count(const congdoan_unit *unit);
/** The i-th department or body, in file order, or NULL when i is out of range. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_unit_department(const congdoan_unit *unit, size_t i);

/** The number of members (đoàn viên), or -1 when unknown. On NULL: returns -1. */
CONGDOAN_API long congdoan_unit_members(const congdoan_unit *unit);
/** The number of workers (người lao động), or -1 when unknown. On NULL: returns -1. */
CONGDOAN_API long congdoan_unit_workers(const congdoan_unit *unit);
/** The declared number of upper-grassroots unions under it, or -1 when not declared. On NULL: returns -1. */
CONGDOAN_API long congdoan_unit_declared_upper_grassroots_units(const congdoan_unit *unit);
/** The declared number of grassroots unions under it, or -1 when not declared. On NULL: returns -1. */
CONGDOAN_API long congdoan_unit_declared_grassroots_units(const congdoan_unit *unit);

/** The number of yearly classifications recorded for the unit. On NULL: returns 0. */
CONGDOAN_API size_t congdoan_unit_classification_count(const congdoan_unit *unit);
/** The year of the i-th classification, or 0 when i is out of range. On NULL: returns 0. */
CONGDOAN_API int congdoan_unit_classification_year(const congdoan_unit *unit, size_t i);
/**
 * The grade of the i-th classification, or CONGDOAN_GRADE_NONE when i is out of range.
 * On NULL: returns CONGDOAN_GRADE_NONE.
 */
CONGDOAN_API congdoan_grade congdoan_unit_classification_grade(const congdoan_unit *unit, size_t i);
/**
 * The grade for a year, or CONGDOAN_GRADE_NONE when the unit has none for that year.
 * On NULL: returns CONGDOAN_GRADE_NONE.
 */
CONGDOAN_API congdoan_grade congdoan_unit_classification(const congdoan_unit *unit, int year);

/**
 * (1.2) The kind of an organisation, or CONGDOAN_ORG_KIND_NONE when not given (and for other units).
 * On NULL: returns CONGDOAN_ORG_KIND_NONE.
 */
CONGDOAN_API congdoan_org_kind congdoan_unit_org_kind(const congdoan_unit *unit);
/**
 * (1.2) The kind of a group, or CONGDOAN_GROUP_NONE for a unit that is not a group.
 * On NULL: returns CONGDOAN_GROUP_NONE.
 */
CONGDOAN_API congdoan_group_kind congdoan_unit_group_kind(const congdoan_unit *unit);
/** (1.2) The number of members of a group (0 for other units). On NULL: returns 0. */
CONGDOAN_API size_t congdoan_unit_member_count(const congdoan_unit *unit);
/** (1.2) The id of the i-th member of a group as written, or NULL when i is out of range. On NULL: returns NULL. */
CONGDOAN_API const char *congdoan_unit_member_id(const congdoan_unit *unit, size_t i);
/** (1.2) The i-th member of a group when it is loaded, else NULL. On NULL: returns NULL. */
CONGDOAN_API const congdoan_unit *congdoan_unit_member(const congdoan_unit *unit, size_t i);

/** The stable English name of a level ("provincial" …, as in the XML), or NULL for an unknown value. */
CONGDOAN_API const char *congdoan_level_name(congdoan_level level);
/** The stable English name of a sector ("non-state-enterprise" …), or NULL for an unknown value. */
CONGDOAN_API const char *congdoan_sector_name(congdoan_sector sector);
/** The stable English name of a grade ("good" …), or NULL for an unknown value. */
CONGDOAN_API const char *congdoan_grade_name(congdoan_grade grade);
/** (1.2) The stable English name of an organisation kind ("federation" …), or NULL. */
CONGDOAN_API const char *congdoan_org_kind_name(congdoan_org_kind kind);
/** (1.2) The stable English name of a group kind ("emulation-cluster" …), or NULL. */
CONGDOAN_API const char *congdoan_group_kind_name(congdoan_group_kind kind);
/**
 * The stable English name of a kind of unit: "organisation" (declared by a \<unit\>),
 * "department", "body", "group" (by the element of the same name); NULL for any other value.
 * A static string: never free it.
 */
CONGDOAN_API const char *congdoan_unit_kind_name(congdoan_unit_kind kind);
/**
 * The stable English name of a leading body as in the XML ("executive-committee", "presidium",
 * "standing-committee", "inspection-committee", "congress"); NULL for CONGDOAN_BODY_NONE and
 * any other value. A static string: never free it.
 */
CONGDOAN_API const char *congdoan_body_kind_name(congdoan_body_kind kind);

CONGDOAN_END_DECL

#endif /* CONGDOAN_UNIT_H */
