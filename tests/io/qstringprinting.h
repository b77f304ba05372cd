#pragma once

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Lets Catch2 print QString and QStringList values in failed checks.
namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value) {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch
