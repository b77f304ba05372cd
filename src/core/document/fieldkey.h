#pragma once

#include <QtGlobal>

namespace kuaibao {

// Which editable field of an issue a text edit touched; typing merges only within one field.
struct FieldKey {
    enum Field {
        None,
        SectionName,
        ArticleTitle,
        ArticleBody,
        ArticleAttribution,
        CategoryName,
        ItemUnits,
        ItemText,
        AlsoUnits,
        MastheadNumber,
        MastheadCumulative,
        MastheadDate,
        MastheadOffice,
        StaffName,
        DistributionText,
        ContactText,
    };

    Field field = None;
    int section = -1;
    int index = -1; // article or category
    int item = -1;  // item of a category, or line of a footer list

    bool operator==(const FieldKey &) const = default;
};

} // namespace kuaibao
