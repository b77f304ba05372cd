#pragma once

#include "core/issue.h"

#include <QWidget>

#include <functional>

namespace kuaibao {

// Makes the widget that shows an issue on the sign-off screen. The seam for the printed pages:
// at merge the lead passes a factory that returns the render layer's page view instead.
using IssuePreviewFactory = std::function<QWidget *(const Issue &issue, QWidget *parent)>;

// The issue as text (the export form, with the signers in the footer): the default preview.
QWidget *textIssuePreview(const Issue &issue, QWidget *parent);

} // namespace kuaibao
