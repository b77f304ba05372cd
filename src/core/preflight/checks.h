#pragma once

#include "finding.h"

#include <QCoreApplication>

#include <functional>

namespace kuaibao::preflight {

// The translation context of the preflight's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::Preflight)
};

// Calls `visit` for every field of prose an issue prints: article titles, paragraphs and
// attributions, 简讯 item texts and the footer's distribution lines (报, 发 …).
using ProseVisitor = std::function<void(const TextMatch &field, const QString &text)>;
void visitProse(const Issue &issue, const ProseVisitor &visit);

// Makes a finding at characters [offset, offset+length) of `field`.
Finding finding(const Issue &issue, TextMatch field, qsizetype offset, qsizetype length,
                FindingSeverity severity, const QString &kind, const QString &message);

// Whether `c` belongs to Chinese text: a Han character or a full-width mark.
bool isChinese(QChar c);

// The checks, each adding what it finds in reading order.
void checkHalfWidth(const Issue &issue, QList<Finding> &out);
void checkDoubledMarks(const Issue &issue, QList<Finding> &out);
void checkPairs(const Issue &issue, QList<Finding> &out);
void checkStopBeforeAttribution(const Issue &issue, QList<Finding> &out);
void checkNumbering(const Issue &issue, QList<Finding> &out);
void checkDates(const Issue &issue, QList<Finding> &out);
void checkMasthead(const Issue &issue, const PreflightContext &context, QList<Finding> &out);
void checkFooter(const Issue &issue, const PreflightContext &context, QList<Finding> &out);
void checkBriefs(const Issue &issue, const PreflightContext &context, QList<Finding> &out);

} // namespace kuaibao::preflight
