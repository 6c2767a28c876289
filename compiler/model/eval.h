/* The rest of the budget year (docs/evaluation.md): a scoring profile (评分规则, stdlib data),
 * the actuals of a self-evaluation (自评) or a monitoring report (监控) matched to the target
 * tables, and the scores (score.c) computed exactly by the profile. check/check_eval.c reads
 * the declarations into these; jxc score and jxc monitor print them. */
#ifndef JX_EVAL_H
#define JX_EVAL_H
#include "base/ratio.h"
#include "model/model.h"

typedef enum ScoreMethod { SM_PROPORTIONAL, SM_ALL_OR_NOTHING } ScoreMethod;

typedef struct ScoreBand {
    const char *name;          /* 达成年度指标 */
    const char **aliases;      /* 达成 …: other names an evaluation may give */
    int naliases;
    Decimal lo, hi;            /* shares of the 分值, in percent: 80 and 100 */
} ScoreBand;

typedef struct ScoreGrade {
    const char *name;          /* 优 */
    Decimal min;               /* inclusive */
} ScoreGrade;

typedef struct ProfileWeight {
    const char *top;           /* a 一级 category, or 预算执行率 */
    Decimal weight;
    const char **also;         /* other 一级 counted with it (成本指标 with 产出指标) */
    int nalso;
} ProfileWeight;

typedef struct Profile {
    const char *name;
    const char *basis;         /* 依据: the document it follows */
    ProfileWeight *weights;    /* in the profile's order */
    int nweights;
    Decimal budget_weight;     /* the 预算执行率 row's (one of the weights) */
    bool has_budget_weight;
    Decimal total;             /* the sum of the weights: 100 */
    ScoreMethod ge, le, eq, range;
    Decimal over;              /* an actual at or above this share (percent) of a ≥ target is flagged; 0: never */
    Decimal budget_cap;        /* 执行率 counted up to this (percent): 100 */
    ScoreBand *bands;          /* best first */
    int nbands;
    int places;                /* the total is rounded half up to this many places, once */
    ScoreGrade *grades;        /* best first */
    int ngrades;
    Decimal red, yellow;       /* monitoring: below these shares (percent) of the pro-rata target */
    Span decl;
} Profile;

/* How a line was scored. */
typedef enum ScoreHow {
    SH_NONE,        /* not scored (no weight) */
    SH_MISSING,     /* no actual: 0 */
    SH_MET,         /* the target is met: the full 分值 */
    SH_RATIO,       /* 分值 × 完成值 ÷ 指标值 (≥, or below a range / an = target) */
    SH_INVERSE,     /* 分值 × 指标值 ÷ 完成值 (≤, or above a range / an = target) */
    SH_ZERO,        /* not met, all or nothing, or a zero target: 0 */
    SH_BAND,        /* qualitative: the evaluator's score inside the band */
    SH_BAND_TOP,    /* qualitative, no score given, the band's top share */
    SH_BAND_LOW,    /* qualitative, no score given, the band's lowest share */
} ScoreHow;

typedef struct EvalIndicator {
    const Indicator *target;   /* NULL: matches no target (reported) */
    const char *name;          /* as written */
    Node *node;                /* the line (NULL: a target with no line in the evaluation) */
    bool rejected;             /* an actual was written but could not be read against the target */
    Value *actual;             /* 实际完成值 (自评) or 截至 the date (监控); NULL if none */
    Value *forecast;           /* 监控: 全年预计完成值 */
    const char *likelihood;    /* 监控: 完成目标可能性 */
    bool has_weight;           /* 分值 written */
    Decimal weight_written;
    Ratio weight;              /* the one used: written, or the 一级's share */
    bool has_stated;           /* 得分 written */
    Decimal stated;
    Value *stated_value;
    const ScoreBand *band;     /* qualitative: the evaluator's band (档次), or the one inferred */
    bool band_written;
    const char *reason;        /* 偏差原因 */
    const char *remedy;        /* 改进措施 */
    const char *top;           /* the 一级 it is counted under (the profile's) */
    /* the figures of the formula, in one unit (check_eval.c) */
    bool quantitative;         /* a measure, range or reference target with a measure actual */
    bool is_range;
    Cmp cmp;                   /* the target's comparator */
    Ratio target_num, target_hi, actual_num; /* a range: target_num..target_hi */
    /* computed (score.c) */
    ScoreHow how;
    Ratio score;
    bool over;                 /* far above a ≥ target */
    /* monitoring */
    Ratio progress;            /* actual ÷ target, percent */
    int light;                 /* 0 none, 1 green, 2 yellow, 3 red */
} EvalIndicator;

typedef struct EvalTop {
    const char *name;
    Ratio weight, score;
} EvalTop;

typedef struct EvalProject {
    const char *name;
    Table *table;              /* the target table */
    Node *node;
    bool has_initial, has_budget, has_spent, has_rate, has_weight, has_stated, has_total;
    Decimal initial, budget, spent; /* 年初预算数, 全年预算数, 全年执行数 (监控: 执行数 to date), table money unit */
    Decimal rate_written;      /* 执行率 as printed, percent */
    Decimal weight_written;    /* 分值 of the 预算执行率 row */
    Decimal stated;            /* 得分 of that row */
    Decimal total_written;     /* 总分 */
    const char *grade_written; /* 评价等级 */
    const char *goal_actual;   /* 年度总体目标 实际完成情况 */
    const char *reason;        /* 监控: the budget's 偏差原因 */
    EvalIndicator **inds;      /* the targets' order */
    int ninds;
    /* computed */
    Ratio budget_weight, rate, budget_score; /* rate in percent */
    bool rate_known;
    EvalTop *tops;
    int ntops;
    Ratio total;
    Decimal total_rounded;
    const char *grade;
    bool scored;               /* the arithmetic could be done exactly */
    /* monitoring */
    Ratio elapsed;             /* 序时进度, percent */
    int budget_light;
} EvalProject;

typedef struct Evaluation {
    NodeKind kind;             /* N_EVAL or N_MONITOR */
    int year;
    When date;                 /* 监控: the as-of date */
    const Profile *profile;
    Node *node;
    uint32_t file;
    EvalProject **projects;
    int nprojects;
} Evaluation;

/* score.c: the scores of a project by its evaluation's profile (the weights already chosen).
 * False when the exact arithmetic overflows (no score is then printed). */
bool score_project(const Profile *pr, EvalProject *ep);
/* The band a share (percent) of the 分值 lies in, or NULL. */
const ScoreBand *band_of_share(const Profile *pr, Ratio share);
const char *grade_of(const Profile *pr, Decimal total);
/* 监控: the light of a progress against the pro-rata share (both percent). */
int light_of(const Profile *pr, Ratio progress, Ratio pro_rata);
/* A ratio for a message or a table: exact when it has at most `places` digits, else rounded
 * with "≈" in front. */
const char *ratio_text(Arena *a, Ratio r, int places);

#endif
