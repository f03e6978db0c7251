# The production JVM settings (README, "Running in production"), shared by run.sh and soak.sh; the heap is set apart.
# TrimNativeHeapInterval hands memory back to the OS every 5 s that the JIT compilers freed but malloc still held.
# CompileThresholdScaling=10: on one core the JIT compilers took 57% of the CPU of a start, compiling code that runs
# only while starting; ten times the invocations before a compile skips that, and request paths still reach the
# thresholds within seconds under load.
# event-loops-pool-size=1 because the server has one core: Quarkus starts two event loops per core, and two on one
# core only take turns, each request waiting out the other loop's time slice (size it to the cores elsewhere).
PRODUCTION_JVM_OPTS="-XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000 -XX:CompileThresholdScaling=10 -Dquarkus.vertx.event-loops-pool-size=1"
export MALLOC_ARENA_MAX=2
