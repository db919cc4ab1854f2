# Run by CPack (CPACK_INSTALL_SCRIPTS) into the staging tree of the Debian package only: the copyright file and the
# changelog that Debian policy wants in /usr/share/doc/credence. A plain `cmake --install` does not run it.
# CPack stages through DESTDIR; CMAKE_INSTALL_PREFIX is not the package's prefix here, CPACK_PACKAGING_INSTALL_PREFIX is.
set(doc "$ENV{DESTDIR}${CPACK_PACKAGING_INSTALL_PREFIX}/share/doc/${CPACK_PACKAGE_NAME}")
file(MAKE_DIRECTORY "${doc}")

# debian/copyright in the machine-readable format, from LICENSE: Debian calls the MIT licence "Expat".
file(READ "${CPACK_CREDENCE_LICENSE}" licence)
string(REGEX MATCH "Copyright \\(c\\) ([^\n]+)" _ "${licence}")
set(holder "${CMAKE_MATCH_1}")
string(REGEX REPLACE "^.*Copyright \\(c\\) [^\n]+\n" "" terms "${licence}")
string(STRIP "${terms}" terms)
string(REPLACE "\n\n" "\n.\n" terms "${terms}")
string(REPLACE "\n" "\n " terms "${terms}")
file(WRITE "${doc}/copyright" "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Credence
Upstream-Contact: ${CPACK_PACKAGE_CONTACT}
Source: ${CPACK_DEBIAN_PACKAGE_HOMEPAGE}

Files: *
Copyright: ${holder}
License: Expat
 ${terms}
")

# Compressed as Debian wants it: maximum compression, no name or time stamp in the gzip header.
execute_process(COMMAND gzip -9nc "${CPACK_CREDENCE_DEBIAN_DIR}/changelog"
                OUTPUT_FILE "${doc}/changelog.Debian.gz" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed on ${CPACK_CREDENCE_DEBIAN_DIR}/changelog")
endif()

# This package is published by upstream, not uploaded to Debian, so there is no ITP bug for its changelog to close.
file(WRITE "$ENV{DESTDIR}${CPACK_PACKAGING_INSTALL_PREFIX}/share/lintian/overrides/${CPACK_PACKAGE_NAME}"
     "${CPACK_PACKAGE_NAME}: initial-upload-closes-no-bugs\n")
