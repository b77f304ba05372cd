#pragma once

#include "core/issue.h"

#include <QWidget>

#include <functional>

namespace kuaibao {

// Makes the widget that shows an issue on the sign-off screen: a plain text view by default, or
// the printed pages when the main window passes a factory that returns the page view.
using IssuePreviewFactory = std::function<QWidget *(const Issue &issue, QWidget *parent)>;

// The issue as text (the export form, with the signers in the footer): the default preview.
QWidget *textIssuePreview(const Issue &issue, QWidget *parent);

} // namespace kuaibao
