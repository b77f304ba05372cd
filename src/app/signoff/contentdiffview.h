#pragma once

#include <QTextBrowser>

namespace kuaibao {

class CanonicalContent;

// Shows what changed in an issue since a version a person saw or signed: each changed
// element with its place, the old text struck out and the new text beside it.
class ContentDiffView : public QTextBrowser {
    Q_OBJECT

public:
    explicit ContentDiffView(QWidget *parent = nullptr);

    // `base` is the snapshot seen before (empty when the person never saw the issue).
    void showChanges(const QString &base, const CanonicalContent &current);
    // How many elements differ in what is shown now.
    int differenceCount() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace kuaibao
