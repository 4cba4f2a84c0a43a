# Sourced by the bench scripts that run a bench class on their own JVM (not a bench itself).
#   bench_classpath ROOT [MAVEN_OPTION...]   sets BENCH_CP, the classpath to run with
# Builds with the Maven profile `bench` (unless BENCH_NO_BUILD is set) and runs from a copy of what it compiled,
# target/bench/{classes,test-classes}: a plain `mvn test` after it recompiles target/test-classes without the bench
# sources and deletes the bench classes there (and a build during a long run would change the classes under it),
# so a run with BENCH_NO_BUILD=1, or one still going, would find them gone. The copy changes only with a bench build.
bench_classpath() {
  local root="$1"
  shift
  local cp_file="$root/target/bench.classpath" copy="$root/target/bench"
  if [[ -z "${BENCH_NO_BUILD:-}" ]]; then
    mvn -q "$@" -f "$root/pom.xml" -Pbench -DskipTests test-compile dependency:build-classpath \
        -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
    rm -rf "$copy.new"
    mkdir -p "$copy.new"
    cp -a "$root/target/classes" "$root/target/test-classes" "$copy.new/"
    rm -rf "$copy"
    mv "$copy.new" "$copy"
  fi
  if [[ ! -d "$copy/test-classes" || ! -f "$cp_file" ]]; then
    echo "No bench build in $copy: run once without BENCH_NO_BUILD." >&2
    exit 1
  fi
  BENCH_CP="$copy/classes:$copy/test-classes:$(cat "$cp_file")"
}
