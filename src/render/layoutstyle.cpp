#include "layoutstyle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct LayoutStyleText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::LayoutStyle)
};

const QMap<QString, FooterRow::Kind> &footerRowKinds() {
    static const QMap<QString, FooterRow::Kind> kinds = {
        {QStringLiteral("outerRule"), FooterRow::OuterRule},
        {QStringLiteral("innerRule"), FooterRow::InnerRule},
        {QStringLiteral("staff"), FooterRow::Staff},
        {QStringLiteral("distribution"), FooterRow::Distribution},
        {QStringLiteral("contacts"), FooterRow::Contacts},
        {QStringLiteral("printRun"), FooterRow::PrintRun}};
    return kinds;
}

// Reads one object of the layout, refusing keys it does not know; remembers the first problem.
class LayoutObjectReader {
public:
    LayoutObjectReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object), m_path(std::move(path)), m_error(error) {}

    QString key(const QString &name) const { return m_path + QLatin1Char('.') + name; }

    void number(const QString &name, qreal *target, qreal min, qreal max) {
        const QJsonValue v = take(name);
        if (v.isUndefined()) {
            return;
        }
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(LayoutStyleText::tr("key \"%1\" must be a number from %2 to %3")
                     .arg(key(name))
                     .arg(min)
                     .arg(max));
            return;
        }
        *target = v.toDouble();
    }

    void whole(const QString &name, int *target, int min, int max) {
        qreal value = *target;
        const QJsonValue v = m_object.value(name);
        if (v.isDouble() && v.toDouble() != qRound(v.toDouble())) {
            take(name);
            fail(LayoutStyleText::tr("key \"%1\" must be a whole number from %2 to %3")
                     .arg(key(name))
                     .arg(min)
                     .arg(max));
            return;
        }
        number(name, &value, min, max);
        *target = qRound(value);
    }

    void boolean(const QString &name, bool *target) {
        const QJsonValue v = take(name);
        if (v.isUndefined()) {
            return;
        }
        if (!v.isBool()) {
            fail(LayoutStyleText::tr("key \"%1\" must be true or false").arg(key(name)));
            return;
        }
        *target = v.toBool();
    }

    void color(const QString &name, QColor *target) {
        const QJsonValue v = take(name);
        if (v.isUndefined()) {
            return;
        }
        const QColor c = QColor::fromString(v.toString());
        if (!v.isString() || !v.toString().startsWith(QLatin1Char('#')) || !c.isValid()) {
            fail(LayoutStyleText::tr("key \"%1\" must be a colour written #RRGGBB").arg(key(name)));
            return;
        }
        *target = c;
    }

    void string(const QString &name, QString *target) {
        const QJsonValue v = take(name);
        if (v.isUndefined()) {
            return;
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(LayoutStyleText::tr("key \"%1\" must be a non-empty string").arg(key(name)));
            return;
        }
        *target = v.toString().trimmed();
    }

    void strings(const QString &name, QStringList *target) {
        const QJsonValue v = take(name);
        if (v.isUndefined()) {
            return;
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        bool good = v.isArray() && !array.isEmpty();
        for (const QJsonValue &item : array) {
            good = good && item.isString() && !item.toString().trimmed().isEmpty();
            out << item.toString().trimmed();
        }
        if (!good) {
            fail(LayoutStyleText::tr("key \"%1\" must be a non-empty list of non-empty strings")
                     .arg(key(name)));
            return;
        }
        *target = out;
    }

    // Reads a nested object with `read`; absent is fine.
    void object(const QString &name, const std::function<void(LayoutObjectReader &)> &read) {
        const QJsonValue v = take(name);
        if (v.isUndefined()) {
            return;
        }
        if (!v.isObject()) {
            fail(LayoutStyleText::tr("key \"%1\" must be an object").arg(key(name)));
            return;
        }
        LayoutObjectReader inner(v.toObject(), key(name), m_error);
        read(inner);
        inner.finish();
    }

    // Reports the first key nobody asked for: a typo must not be silently ignored.
    void finish() {
        if (!m_object.isEmpty()) {
            fail(LayoutStyleText::tr("unknown key \"%1\"").arg(key(m_object.keys().first())));
        }
    }

    void fail(const QString &message) {
        if (m_error->isEmpty()) {
            *m_error = message;
        }
    }

private:
    QJsonValue take(const QString &name) { return m_object.take(name); }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

void readFooterRows(LayoutObjectReader &footer, QList<FooterRow> *rows) {
    QStringList names;
    footer.strings(QStringLiteral("rows"), &names);
    if (names.isEmpty()) {
        return;
    }
    QList<FooterRow> out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!footerRowKinds().contains(names.at(i))) {
            footer.fail(LayoutStyleText::tr("key \"%1[%2]\" must be one of %3")
                            .arg(footer.key(QStringLiteral("rows")))
                            .arg(i)
                            .arg(footerRowKinds().keys().join(QStringLiteral(", "))));
            return;
        }
        out.append(FooterRow{footerRowKinds().value(names.at(i))});
    }
    *rows = out;
}

void readStyle(LayoutObjectReader &r, LayoutStyle &s) {
    r.object(QStringLiteral("page"), [&s](LayoutObjectReader &page) {
        page.number(QStringLiteral("width"), &s.pageWidthMm, 100, 1000);
        page.number(QStringLiteral("height"), &s.pageHeightMm, 100, 1000);
        page.number(QStringLiteral("marginTop"), &s.marginTopMm, 0, 100);
        page.number(QStringLiteral("marginLeft"), &s.marginLeftMm, 0, 100);
        page.number(QStringLiteral("marginRight"), &s.marginRightMm, 0, 100);
        page.number(QStringLiteral("marginBottom"), &s.marginBottomMm, 0, 100);
    });
    r.object(QStringLiteral("grid"), [&s](LayoutObjectReader &grid) {
        grid.whole(QStringLiteral("linesPerPage"), &s.linesPerPage, 10, 60);
        grid.whole(QStringLiteral("charsPerLine"), &s.charsPerLine, 10, 60);
    });
    r.object(QStringLiteral("fonts"), [&s](LayoutObjectReader &fonts) {
        for (FontRole role : allFontRoles()) {
            fonts.strings(fontRoleKey(role), &s.fontChains[role]);
        }
    });
    r.object(QStringLiteral("masthead"), [&s](LayoutObjectReader &m) {
        m.color(QStringLiteral("color"), &s.mastheadColor);
        m.number(QStringLiteral("singleLineMaxSize"), &s.singleNameMaxPt, 8, 120);
        m.number(QStringLiteral("smallLineMaxSize"), &s.smallNameMaxPt, 8, 120);
        m.number(QStringLiteral("largeLineMaxSize"), &s.largeNameMaxPt, 8, 120);
        m.whole(QStringLiteral("shortNameChars"), &s.shortNameChars, 0, 20);
        m.number(QStringLiteral("largeLineSpacing"), &s.largeNameSpacingEm, 0, 3);
        m.whole(QStringLiteral("nameGridLines"), &s.nameGridLines, 1, 10);
        m.number(QStringLiteral("numberSize"), &s.numberLinePt, 6, 40);
        m.number(QStringLiteral("officeSize"), &s.officeLinePt, 6, 40);
        m.number(QStringLiteral("ruleGap"), &s.ruleGapMm, 0, 30);
        m.number(QStringLiteral("ruleWidth"), &s.ruleWidthPt, 0.1, 5);
    });
    r.object(QStringLiteral("heading"), [&s](LayoutObjectReader &h) {
        h.number(QStringLiteral("size"), &s.headingPt, 6, 40);
        h.whole(QStringLiteral("indentChars"), &s.headingIndentChars, 0, 8);
        h.whole(QStringLiteral("blankLinesBefore"), &s.blankLinesBeforeHeading, 0, 3);
    });
    r.object(QStringLiteral("title"),
             [&s](LayoutObjectReader &t) { t.number(QStringLiteral("size"), &s.titlePt, 6, 40); });
    r.object(QStringLiteral("body"), [&s](LayoutObjectReader &b) {
        b.number(QStringLiteral("size"), &s.bodyPt, 6, 40);
        b.whole(QStringLiteral("firstLineIndentChars"), &s.firstLineIndentChars, 0, 8);
        QString attribution =
            s.attributionRight ? QStringLiteral("right") : QStringLiteral("runIn");
        b.string(QStringLiteral("attribution"), &attribution);
        if (attribution != QLatin1String("right") && attribution != QLatin1String("runIn")) {
            b.fail(LayoutStyleText::tr("key \"%1\" must be \"right\" or \"runIn\"")
                       .arg(b.key(QStringLiteral("attribution"))));
        }
        s.attributionRight = attribution == QLatin1String("right");
    });
    r.object(QStringLiteral("footer"), [&s](LayoutObjectReader &f) {
        f.number(QStringLiteral("size"), &s.footerPt, 6, 40);
        f.whole(QStringLiteral("indentChars"), &s.footerIndentChars, 0, 8);
        f.number(QStringLiteral("linePitch"), &s.footerLinePitchPt, 0, 80);
        f.number(QStringLiteral("outerRule"), &s.outerRuleMm, 0.05, 3);
        f.number(QStringLiteral("innerRule"), &s.innerRuleMm, 0.05, 3);
        readFooterRows(f, &s.footerRows);
    });
    r.object(QStringLiteral("pageNumbers"), [&s](LayoutObjectReader &p) {
        p.number(QStringLiteral("size"), &s.pageNumberPt, 6, 40);
        p.number(QStringLiteral("gap"), &s.pageNumberGapMm, 0, 30);
        p.whole(QStringLiteral("indentChars"), &s.pageNumberIndentChars, 0, 8);
        p.boolean(QStringLiteral("firstPage"), &s.numberFirstPage);
    });
    r.object(QStringLiteral("watermark"), [&s](LayoutObjectReader &w) {
        w.string(QStringLiteral("text"), &s.watermarkText);
        w.color(QStringLiteral("color"), &s.watermarkColor);
        w.number(QStringLiteral("size"), &s.watermarkPt, 10, 400);
    });
}

} // namespace

QString fontRoleKey(FontRole role) {
    switch (role) {
    case FontRole::Masthead:
        return QStringLiteral("masthead");
    case FontRole::Title:
        return QStringLiteral("title");
    case FontRole::Heading:
        return QStringLiteral("heading");
    case FontRole::Body:
        return QStringLiteral("body");
    case FontRole::Kai:
        return QStringLiteral("kai");
    case FontRole::PageNumber:
        return QStringLiteral("pageNumber");
    }
    return {};
}

QList<FontRole> allFontRoles() {
    return {FontRole::Masthead, FontRole::Title, FontRole::Heading,
            FontRole::Body,     FontRole::Kai,   FontRole::PageNumber};
}

LayoutStyle LayoutStyle::defaults() {
    LayoutStyle s;
    const QStringList song = {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
                              QStringLiteral("FZXiaoBiaoSong-B05S"),
                              QStringLiteral("Noto Serif CJK SC")};
    s.fontChains[FontRole::Masthead] = song;
    s.fontChains[FontRole::Title] = song;
    s.fontChains[FontRole::Heading] = {QStringLiteral("黑体"), QStringLiteral("SimHei"),
                                       QStringLiteral("WenQuanYi Zen Hei"),
                                       QStringLiteral("Noto Sans CJK SC")};
    s.fontChains[FontRole::Body] = {QStringLiteral("仿宋_GB2312"), QStringLiteral("仿宋"),
                                    QStringLiteral("FangSong"), QStringLiteral("FandolFang"),
                                    QStringLiteral("AR PL UMing CN")};
    s.fontChains[FontRole::Kai] = {QStringLiteral("楷体_GB2312"), QStringLiteral("楷体"),
                                   QStringLiteral("KaiTi"), QStringLiteral("AR PL UKai CN"),
                                   QStringLiteral("LXGW WenKai")};
    s.fontChains[FontRole::PageNumber] = {QStringLiteral("宋体"), QStringLiteral("SimSun"),
                                          QStringLiteral("AR PL UMing CN")};
    s.footerRows = {{FooterRow::Staff},     {FooterRow::OuterRule}, {FooterRow::Distribution},
                    {FooterRow::InnerRule}, {FooterRow::Contacts},  {FooterRow::PrintRun},
                    {FooterRow::OuterRule}};
    return s;
}

Result<LayoutStyle> LayoutStyle::fromTemplate(const BulletinTemplate &bulletinTemplate) {
    const QJsonValue layout = bulletinTemplate.json().value(QStringLiteral("layout"));
    const QString origin = bulletinTemplate.id();
    if (layout.isUndefined()) {
        return defaults();
    }
    if (!layout.isObject()) {
        return Error::badInput(
            LayoutStyleText::tr("template %1: key \"layout\" must be an object").arg(origin));
    }
    return fromJson(layout.toObject(), origin);
}

Result<LayoutStyle> LayoutStyle::fromJson(const QJsonObject &layout, const QString &origin) {
    LayoutStyle style = defaults();
    QString error;
    LayoutObjectReader reader(layout, QStringLiteral("layout"), &error);
    readStyle(reader, style);
    reader.finish();
    if (error.isEmpty() && style.typeWidthPt() < 100) {
        error =
            LayoutStyleText::tr("the margins in \"layout.page\" leave no room for the type area");
    }
    if (error.isEmpty() && style.typeHeightPt() < 100) {
        error =
            LayoutStyleText::tr("the margins in \"layout.page\" leave no room for the type area");
    }
    if (!error.isEmpty()) {
        return Error::badInput(LayoutStyleText::tr("template %1: %2").arg(origin, error));
    }
    return style;
}

qreal LayoutStyle::typeWidthPt() const {
    return mmToPt(pageWidthMm - marginLeftMm - marginRightMm);
}

qreal LayoutStyle::typeHeightPt() const {
    return mmToPt(pageHeightMm - marginTopMm - marginBottomMm);
}

} // namespace kuaibao
