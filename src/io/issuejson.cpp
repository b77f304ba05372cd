#include "issuejson.h"

#include "core/chineseformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssueJsonText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueJson)
};

QJsonArray runsToJson(const RichText &text) {
    QJsonArray runs;
    for (const TextRun &run : text.runs()) {
        QJsonObject o{{QStringLiteral("text"), run.text}};
        if (run.bold) {
            o.insert(QStringLiteral("bold"), true);
        }
        runs.append(o);
    }
    return runs;
}

QJsonArray linesToJson(const QList<LabelledLine> &lines) {
    QJsonArray out;
    for (const LabelledLine &line : lines) {
        out.append(QJsonObject{{QStringLiteral("label"), line.label},
                               {QStringLiteral("text"), line.text}});
    }
    return out;
}

QJsonValue optionalInt(const std::optional<int> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject sectionToJson(const Section &section) {
    QJsonObject o{{QStringLiteral("name"), section.name}};
    if (section.kind == SectionKind::Briefs) {
        o.insert(QStringLiteral("kind"), QStringLiteral("briefs"));
        QJsonArray categories;
        for (const BriefCategory &category : section.categories) {
            QJsonArray items;
            for (const BriefItem &item : category.items) {
                items.append(
                    QJsonObject{{QStringLiteral("units"), QJsonArray::fromStringList(item.units)},
                                {QStringLiteral("text"), runsToJson(item.text)}});
            }
            categories.append(QJsonObject{
                {QStringLiteral("name"), category.name},
                {QStringLiteral("items"), items},
                {QStringLiteral("alsoUnits"), QJsonArray::fromStringList(category.alsoUnits)}});
        }
        o.insert(QStringLiteral("categories"), categories);
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("articles"));
        QJsonArray articles;
        for (const Article &article : section.articles) {
            QJsonArray paragraphs;
            QJsonArray levels;
            bool anyHeading = false;
            for (const Paragraph &p : article.paragraphs) {
                paragraphs.append(runsToJson(p.text));
                levels.append(p.level);
                anyHeading = anyHeading || p.isHeading();
            }
            QJsonObject a{{QStringLiteral("title"), article.title},
                          {QStringLiteral("paragraphs"), paragraphs},
                          {QStringLiteral("attribution"), article.attribution}};
            // Only an article with headings carries "levels", so that older readers and
            // documents without headings see the form they always had.
            if (anyHeading) {
                a.insert(QStringLiteral("levels"), levels);
            }
            articles.append(a);
        }
        o.insert(QStringLiteral("articles"), articles);
    }
    return o;
}

// Walks a JSON document, keeping the path of where it is for error messages.
class JsonWalker {
public:
    QString error;

    QJsonValue at(const QJsonObject &o, const QString &key, const QString &path) {
        if (!o.contains(key)) {
            fail(IssueJsonText::tr("%1 is missing").arg(join(path, key)));
        }
        return o.value(key);
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path) {
        const QJsonValue v = at(o, key, path);
        if (!v.isString()) {
            fail(IssueJsonText::tr("%1 must be a string").arg(join(path, key)));
        }
        return v.toString();
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path) {
        const QJsonValue v = at(o, key, path);
        if (!v.isArray()) {
            fail(IssueJsonText::tr("%1 must be a list").arg(join(path, key)));
        }
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &path) {
        if (!v.isObject()) {
            fail(IssueJsonText::tr("%1 must be an object").arg(path));
        }
        return v.toObject();
    }
    QStringList strings(const QJsonObject &o, const QString &key, const QString &path) {
        QStringList out;
        const QJsonArray a = array(o, key, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(IssueJsonText::tr("%1[%2] must be a string").arg(join(path, key)).arg(i));
            }
            out << a.at(i).toString();
        }
        return out;
    }
    std::optional<int> optionalInt(const QJsonObject &o, const QString &key, const QString &path) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            return std::nullopt;
        }
        if (!v.isDouble() || v.toDouble() != v.toInt()) {
            fail(IssueJsonText::tr("%1 must be a whole number or null").arg(join(path, key)));
            return std::nullopt;
        }
        return v.toInt();
    }
    RichText runs(const QJsonValue &v, const QString &path) {
        RichText text;
        if (!v.isArray()) {
            fail(IssueJsonText::tr("%1 must be a list of runs").arg(path));
            return text;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString runPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject run = object(a.at(i), runPath);
            text.append(string(run, QStringLiteral("text"), runPath),
                        run.value(QStringLiteral("bold")).toBool(false));
        }
        return text;
    }
    // The optional "levels" of an article: one whole number 0–4 per paragraph.
    void levels(const QJsonObject &o, const QString &path, QList<Paragraph> &paragraphs) {
        const QJsonValue v = o.value(QStringLiteral("levels"));
        if (v.isUndefined()) {
            return;
        }
        const QString at = join(path, QStringLiteral("levels"));
        if (!v.isArray() || v.toArray().size() != paragraphs.size()) {
            fail(IssueJsonText::tr("%1 must be a list with one level per paragraph").arg(at));
            return;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const double level = a.at(i).toDouble(-1);
            if (!a.at(i).isDouble() || level != int(level) || level < kBodyLevel ||
                level > kMaxHeadingLevel) {
                fail(IssueJsonText::tr("%1[%2] must be a heading level from 0 (body text) to %3")
                         .arg(at)
                         .arg(i)
                         .arg(kMaxHeadingLevel));
                return;
            }
            paragraphs[i].level = int(level);
        }
    }
    QList<LabelledLine> lines(const QJsonObject &o, const QString &key, const QString &path) {
        QList<LabelledLine> out;
        const QJsonArray a = array(o, key, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString p = QStringLiteral("%1[%2]").arg(join(path, key)).arg(i);
            const QJsonObject line = object(a.at(i), p);
            out.append({string(line, QStringLiteral("label"), p),
                        string(line, QStringLiteral("text"), p)});
        }
        return out;
    }
    void fail(const QString &message) {
        if (error.isEmpty()) {
            error = message;
        }
    }
    static QString join(const QString &path, const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
};

Section sectionFromJson(JsonWalker &w, const QJsonObject &o, const QString &path) {
    Section section;
    section.name = w.string(o, QStringLiteral("name"), path);
    const QString kind = w.string(o, QStringLiteral("kind"), path);
    if (kind == QLatin1String("briefs")) {
        section.kind = SectionKind::Briefs;
        const QJsonArray categories = w.array(o, QStringLiteral("categories"), path);
        for (qsizetype c = 0; c < categories.size(); ++c) {
            const QString cp = QStringLiteral("%1.categories[%2]").arg(path).arg(c);
            const QJsonObject co = w.object(categories.at(c), cp);
            BriefCategory category;
            category.name = w.string(co, QStringLiteral("name"), cp);
            const QJsonArray items = w.array(co, QStringLiteral("items"), cp);
            for (qsizetype i = 0; i < items.size(); ++i) {
                const QString ip = QStringLiteral("%1.items[%2]").arg(cp).arg(i);
                const QJsonObject io = w.object(items.at(i), ip);
                category.items.append(BriefItem{
                    w.strings(io, QStringLiteral("units"), ip),
                    w.runs(io.value(QStringLiteral("text")), ip + QStringLiteral(".text"))});
            }
            category.alsoUnits = w.strings(co, QStringLiteral("alsoUnits"), cp);
            section.categories.append(category);
        }
    } else if (kind == QLatin1String("articles")) {
        const QJsonArray articles = w.array(o, QStringLiteral("articles"), path);
        for (qsizetype a = 0; a < articles.size(); ++a) {
            const QString ap = QStringLiteral("%1.articles[%2]").arg(path).arg(a);
            const QJsonObject ao = w.object(articles.at(a), ap);
            Article article;
            article.title = w.string(ao, QStringLiteral("title"), ap);
            article.attribution = w.string(ao, QStringLiteral("attribution"), ap);
            const QJsonArray paragraphs = w.array(ao, QStringLiteral("paragraphs"), ap);
            for (qsizetype p = 0; p < paragraphs.size(); ++p) {
                article.paragraphs.append(Paragraph{
                    w.runs(paragraphs.at(p), QStringLiteral("%1.paragraphs[%2]").arg(ap).arg(p))});
            }
            w.levels(ao, ap, article.paragraphs);
            section.articles.append(article);
        }
    } else {
        w.fail(IssueJsonText::tr("%1.kind must be \"articles\" or \"briefs\"").arg(path));
    }
    return section;
}

} // namespace

QJsonObject issueToJson(const Issue &issue) {
    const Masthead &m = issue.masthead;
    QJsonArray sections;
    for (const Section &section : issue.sections) {
        sections.append(sectionToJson(section));
    }
    QJsonArray staff;
    for (const StaffCredit &credit : issue.footer.staff) {
        staff.append(QJsonObject{{QStringLiteral("role"), credit.role},
                                 {QStringLiteral("name"), credit.name}});
    }
    return QJsonObject{
        {QStringLiteral("schema"), QLatin1String(kIssueJsonSchema)},
        {QStringLiteral("series"), seriesKey(m.series)},
        {QStringLiteral("number"), m.number},
        {QStringLiteral("cumulativeNumber"), optionalInt(m.cumulativeNumber)},
        {QStringLiteral("nameLines"), QJsonArray::fromStringList(m.nameLines)},
        {QStringLiteral("office"), m.office},
        {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
        {QStringLiteral("status"), statusKey(issue.status)},
        {QStringLiteral("template"),
         QJsonObject{{QStringLiteral("id"), issue.templateId},
                     {QStringLiteral("version"), issue.templateVersion}}},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("footer"),
         QJsonObject{{QStringLiteral("staff"), staff},
                     {QStringLiteral("distribution"), linesToJson(issue.footer.distribution)},
                     {QStringLiteral("contacts"), linesToJson(issue.footer.contacts)},
                     {QStringLiteral("printRun"), optionalInt(issue.footer.printRun)}}},
    };
}

Result<Issue> issueFromJson(const QJsonObject &json) {
    JsonWalker w;
    const QString schema = json.value(QStringLiteral("schema")).toString();
    if (schema != QLatin1String(kIssueJsonSchema)) {
        return Error::badInput(
            IssueJsonText::tr("not a kuaibao issue document: \"schema\" is \"%1\", expected "
                              "\"%2\"")
                .arg(schema, QLatin1String(kIssueJsonSchema)));
    }
    Issue issue;
    Masthead &m = issue.masthead;
    const std::optional<Series> series =
        seriesFromKey(w.string(json, QStringLiteral("series"), {}));
    if (!series) {
        w.fail(IssueJsonText::tr("series must be \"regular\" or \"supplement\""));
    }
    m.series = series.value_or(Series::Regular);
    m.number = w.optionalInt(json, QStringLiteral("number"), {}).value_or(0);
    m.cumulativeNumber = w.optionalInt(json, QStringLiteral("cumulativeNumber"), {});
    m.nameLines = w.strings(json, QStringLiteral("nameLines"), {});
    m.office = w.string(json, QStringLiteral("office"), {});
    const std::optional<QDate> date = parseIsoDate(w.string(json, QStringLiteral("date"), {}));
    if (!date) {
        w.fail(IssueJsonText::tr("date must be a real date written YYYY-MM-DD"));
    }
    m.date = date.value_or(QDate());
    const std::optional<IssueStatus> status =
        statusFromKey(w.string(json, QStringLiteral("status"), {}));
    if (!status) {
        w.fail(
            IssueJsonText::tr("status must be one of draft, review, signature, published, past"));
    }
    issue.status = status.value_or(IssueStatus::Draft);
    const QJsonObject templ =
        w.object(json.value(QStringLiteral("template")), QStringLiteral("template"));
    issue.templateId = w.string(templ, QStringLiteral("id"), QStringLiteral("template"));
    issue.templateVersion =
        w.optionalInt(templ, QStringLiteral("version"), QStringLiteral("template")).value_or(0);
    const QJsonArray sections = w.array(json, QStringLiteral("sections"), {});
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QString path = QStringLiteral("sections[%1]").arg(s);
        issue.sections.append(sectionFromJson(w, w.object(sections.at(s), path), path));
    }
    const QJsonObject footer =
        w.object(json.value(QStringLiteral("footer")), QStringLiteral("footer"));
    const QJsonArray staff = w.array(footer, QStringLiteral("staff"), QStringLiteral("footer"));
    for (qsizetype i = 0; i < staff.size(); ++i) {
        const QString p = QStringLiteral("footer.staff[%1]").arg(i);
        const QJsonObject credit = w.object(staff.at(i), p);
        issue.footer.staff.append({w.string(credit, QStringLiteral("role"), p),
                                   w.string(credit, QStringLiteral("name"), p)});
    }
    issue.footer.distribution =
        w.lines(footer, QStringLiteral("distribution"), QStringLiteral("footer"));
    issue.footer.contacts = w.lines(footer, QStringLiteral("contacts"), QStringLiteral("footer"));
    issue.footer.printRun =
        w.optionalInt(footer, QStringLiteral("printRun"), QStringLiteral("footer"));
    if (!w.error.isEmpty()) {
        return Error::badInput(w.error);
    }
    return issue;
}

} // namespace kuaibao
