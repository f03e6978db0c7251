# The production JVM settings (README, "Running in production"), shared by run.sh and soak.sh; the heap is set apart.
PRODUCTION_JVM_OPTS="-XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k"
export MALLOC_ARENA_MAX=2
