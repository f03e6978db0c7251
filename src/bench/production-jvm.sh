# The production JVM settings (README, "Running in production"), shared by run.sh and soak.sh; the heap is set apart.
# Compiler threads run at nice 5: on one core, start-up no longer waits behind JIT compilation of code that is not hot yet.
PRODUCTION_JVM_OPTS="-XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:ThreadPriorityPolicy=1 -XX:CompilerThreadPriority=5"
export MALLOC_ARENA_MAX=2
