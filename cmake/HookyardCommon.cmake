# One interface target carries the strict compile settings; every Hookyard target links it
# (qBittorrent's CommonConfig pattern, see shared/design/STYLE.md).
add_library(hookyard_common INTERFACE)
add_library(Hookyard::Common ALIAS hookyard_common)
target_compile_features(hookyard_common INTERFACE cxx_std_20)
target_compile_definitions(hookyard_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    HOOKYARD_VERSION="${PROJECT_VERSION}"
    HOOKYARD_APP_ID="${HOOKYARD_APP_ID}")
target_compile_options(hookyard_common INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    $<$<BOOL:${HOOKYARD_WERROR}>:-Werror>)
target_include_directories(hookyard_common INTERFACE ${PROJECT_SOURCE_DIR}/src)
if(HOOKYARD_SANITIZE)
    # Every Hookyard object and executable is instrumented; Qt and the other libraries are not,
    # which AddressSanitizer and UndefinedBehaviorSanitizer allow.
    target_compile_options(hookyard_common INTERFACE
        -fsanitize=${HOOKYARD_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(hookyard_common INTERFACE -fsanitize=${HOOKYARD_SANITIZE})
endif()

# hookyard_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS Hookyard::Core)
# One QtTest executable per class under test, registered with CTest, run offscreen.
function(hookyard_add_test)
    cmake_parse_arguments(T "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test Hookyard::Common ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;HOOKYARD_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data"
        TIMEOUT 240
        LABELS "${T_LABELS}")
endfunction()
