#pragma once

class QWidget;

namespace kuaibao {

// Makes every field of an editor form read-only (text can still be selected and copied) and
// every button, drag handle and drop target inactive; false undoes it. For an issue that is
// signed and published.
void setFormReadOnly(QWidget *form, bool readOnly);

} // namespace kuaibao
