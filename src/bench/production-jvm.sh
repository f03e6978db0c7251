# The production JVM settings (README, "Running in production"), shared by run.sh and soak.sh; the heap is set apart.
# TrimNativeHeapInterval hands memory back to the OS every 5 s that the JIT compilers freed but malloc still held.
PRODUCTION_JVM_OPTS="-XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=2
