# What `make package` puts into the Debian package (CPack, DEB generator): both programs in
# /usr/bin, templates, translations, the manual and docs in /usr/share, a desktop entry, the
# icon, AppStream metainfo and man pages generated from the programs' own --help.
include(GNUInstallDirs)
set(kuaibao_dist ${CMAKE_SOURCE_DIR}/dist/linux)
set(kuaibao_app_id org.kuaibao.Kuaibao)

install(TARGETS kuaibao kuaibao-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The programs carry templates and translations inside; these copies are for the office's IT
# (a template to start their own from) and for translators.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/templates/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kuaibao/templates
    FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${CMAKE_BINARY_DIR}/resources/ DESTINATION ${CMAKE_INSTALL_DATADIR}/kuaibao/translations
    FILES_MATCHING PATTERN "*.qm" PATTERN "CMakeFiles" EXCLUDE PATTERN "*_autogen" EXCLUDE
    PATTERN ".rcc" EXCLUDE PATTERN ".qt" EXCLUDE)

# Docs: the manual (which the 帮助 menu opens), the reference documents, copyright, changelog.
set(kuaibao_docdir ${CMAKE_INSTALL_DATADIR}/doc/kuaibao)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${kuaibao_docdir})
install(FILES ${kuaibao_dist}/copyright DESTINATION ${kuaibao_docdir})
set(kuaibao_changelog ${CMAKE_BINARY_DIR}/dist/changelog.gz)
add_custom_command(OUTPUT ${kuaibao_changelog}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/dist
    COMMAND gzip -9n < ${kuaibao_dist}/changelog > ${kuaibao_changelog}
    DEPENDS ${kuaibao_dist}/changelog VERBATIM)

# Desktop integration.
install(FILES ${kuaibao_dist}/${kuaibao_app_id}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${kuaibao_dist}/${kuaibao_app_id}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${kuaibao_dist}/kuaibao.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 32 48 64 128 256)
    install(FILES ${kuaibao_dist}/icons/${size}/kuaibao.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Man pages from the programs' own --help and --version, so they cannot drift from them.
find_program(HELP2MAN help2man)
set(kuaibao_man_pages)
foreach(program kuaibao kuaibao-cli)
    set(page ${CMAKE_BINARY_DIR}/dist/${program}.1.gz)
    add_custom_command(OUTPUT ${page}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/dist
        COMMAND ${CMAKE_COMMAND} -E env HOME=~ KUAIBAO_LANG=C LANG=C.UTF-8 LC_ALL=C.UTF-8
            QT_QPA_PLATFORM=offscreen
            ${HELP2MAN} --no-info --section=1 --include=${kuaibao_dist}/${program}.h2m
            --output=${CMAKE_BINARY_DIR}/dist/${program}.1 $<TARGET_FILE:${program}>
        COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/dist/${program}.1
        DEPENDS ${program} ${kuaibao_dist}/${program}.h2m VERBATIM)
    list(APPEND kuaibao_man_pages ${page})
endforeach()
add_custom_target(kuaibao_dist_files ALL DEPENDS ${kuaibao_changelog} ${kuaibao_man_pages})
if(NOT HELP2MAN)
    message(STATUS "help2man not found: `make package` needs it (scripts/packages.txt lists it)")
endif()
install(FILES ${kuaibao_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${kuaibao_changelog} DESTINATION ${kuaibao_docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kuaibao)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "kuaibao maintainers <kuaibao@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "editor for a district office's work bulletin (工作快报)")
set(CPACK_PACKAGE_DESCRIPTION "Compose, sign off, print and file the 工作快报 of a district office.
The issue is structured, so numbering, dates, footer and distribution come
for free; preview, printer and PDF share one layout engine on the GB/T 9704
grid; sign-off binds each signature to the approved content. Includes the
command line program kuaibao-cli.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Chinese fonts the templates name (templates/*.json "fonts"); Qt's SQLite driver is a
# plugin, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, fonts-noto-cjk, fonts-arphic-uming, fonts-arphic-ukai | fonts-lxgw-wenkai")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-zenhei, fonts-lxgw-wenkai, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_DEBUGINFO_PACKAGE OFF)
include(CPack)
