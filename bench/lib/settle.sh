# Shared by the benchmark scripts (source it): waiting until the app is idle and warm before measuring.
#
# A freshly started app still builds indexes, delivers the outbox and JIT-compiles; measuring then tells how fast a
# busy start-up is, not how fast a request is. These helpers read the process's own CPU time from /proc, so they work
# on a machine that other jobs keep busy.

# cpu_ticks PID -> user + system CPU time of the process in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# wait_idle PID [MAX_SECONDS] -> waits until the process used less than 5 % of one core in each of 3 consecutive
# seconds; prints "SECONDS_WAITED CPU_SECONDS_USED_MEANWHILE". Returns 1 (printing the same) after MAX_SECONDS (120).
wait_idle() {
  local pid="$1" max="${2:-120}" hz quiet=0 waited=0 start prev now
  hz=$(getconf CLK_TCK)
  start=$(cpu_ticks "$pid"); prev=$start
  while (( quiet < 3 )); do
    if (( waited >= max )); then
      awk -v w="$waited" -v t=$(( prev - start )) -v hz="$hz" 'BEGIN { printf "%d %.2f\n", w, t / hz }'
      return 1
    fi
    sleep 1; waited=$(( waited + 1 ))
    kill -0 "$pid" 2>/dev/null || return 1
    now=$(cpu_ticks "$pid")
    if (( (now - prev) * 100 < hz * 5 )); then quiet=$(( quiet + 1 )); else quiet=0; fi
    prev=$now
  done
  awk -v w="$waited" -v t=$(( prev - start )) -v hz="$hz" 'BEGIN { printf "%d %.2f\n", w, t / hz }'
}

# cpu_during PID SECONDS -> CPU seconds the process used in the next SECONDS seconds (nothing else is asked of it)
cpu_during() {
  local pid="$1" seconds="$2" t0 t1
  t0=$(cpu_ticks "$pid"); sleep "$seconds"; t1=$(cpu_ticks "$pid")
  awk -v d=$(( t1 - t0 )) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f\n", d / hz }'
}

# machine_line -> one line naming the machine and its load right now
machine_line() {
  printf '%s CPU (%s), %s GiB, dotnet %s, load average %s\n' "$(nproc)" \
    "$(awk -F: '/model name/ { sub(/^ */, "", $2); print $2; exit }' /proc/cpuinfo)" \
    "$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" "$(dotnet --version 2>/dev/null || echo '?')" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}
