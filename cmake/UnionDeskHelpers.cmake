# Shared build helpers for UnionDesk.

# ud_set_warnings(<target>): the project's warning set, as errors unless UD_WARNINGS_AS_ERRORS is OFF.
function(ud_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(UD_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# ud_add_library(<target> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# A static library of one layer; its folder is its public include root (parent folder included).
function(ud_add_library target)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/..")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    ud_set_warnings(${target})
endfunction()

# ud_add_test(<name> SOURCES ... LIBS ... [GUI] [TIMEOUT seconds] [LABELS ...])
# One Qt Test executable per test class, registered with CTest. GUI tests run on the
# offscreen platform so they need no display.
function(ud_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    ud_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen"
            "UD_TEST_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "UD_CLI=$<TARGET_FILE:uniondesk-cli>"
            # Node keys and other user data of each test in the build tree, never the user's own.
            "XDG_DATA_HOME=${CMAKE_BINARY_DIR}/test-data/${name}"
            "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:halt_on_error=1"
            "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp:print_suppressions=0"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env}"
        LABELS "${ARG_LABELS}")
endfunction()

# ud_register_workspace(<target>): marks a workspace module's library; the demo node (and through
# it the CLI) links every workspace (see the top-level CMakeLists.txt), so a new workspace is
# added by its own folder.
function(ud_register_workspace target)
    set_property(GLOBAL APPEND PROPERTY UD_WORKSPACE_LIBRARIES ${target})
endfunction()

# The throw-away PostgreSQL server of the tests (scripts/pg-test-server.sh), started by the ctest
# fixture ud_pg (tests pg_server_start / pg_server_stop in tests/sync) in this folder of the build
# tree; it writes pg.env there (PGHOST, PGPORT, PGUSER, PGDATABASE).
set(UD_PG_TEST_DIR "${CMAKE_BINARY_DIR}/test-pg")

# ud_use_pg(<test>): the test needs that server: ctest starts it first (also under -R) and the
# test finds it through the environment variable UD_PG_ENV=<dir>/pg.env. Call it in the folder
# that added the test (CMake sets test properties per folder).
function(ud_use_pg test)
    set_property(TEST ${test} APPEND PROPERTY FIXTURES_REQUIRED ud_pg)
    set_property(TEST ${test} APPEND PROPERTY ENVIRONMENT "UD_PG_ENV=${UD_PG_TEST_DIR}/pg.env")
    set_property(TEST ${test} APPEND PROPERTY LABELS postgres)
endfunction()
