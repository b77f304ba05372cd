#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace kuaibao {

// Qt embeds font subsets and tags their descriptors (/FontName /QGBAAA+UMingCN) but leaves the
// font dictionaries' /BaseFont untagged, so readers (pdffonts) do not see them as subsets and the
// names disagree. Returns new versions of those dictionaries, each as (object number, object
// body), with /BaseFont set to the descriptor's tagged name, for an incremental update.
QList<std::pair<int, QByteArray>> taggedFontDictionaries(const QByteArray &pdf);

} // namespace kuaibao
