-- wrk script: replays pre-signed Stripe deliveries written by generate-events.js, round-robin.
--
--   wrk -t2 -c16 -d10s -s replay.lua URL -- EVENTS_FILE THREADS
--
-- Every wrk thread loads the file at init and keeps the records whose index modulo THREADS is
-- its own number, so no two threads send the same event. A thread that has sent all of its
-- records starts over (the receiver then sees duplicates): done() reports it as "wrapped", and
-- the benchmark asks for more events next time.
--
-- A start barrier. wrk runs the threads' init() one after the other on its main thread, and
-- starts each thread as soon as its own init() returns; its clock (the duration, requests per
-- second) starts only after the last one. Loading takes seconds, so without the barrier thread 0
-- would send alone, beside a core busy loading, for seconds that wrk counts but does not time:
-- requests per second too high, and that phase's latencies in the percentiles. So no thread
-- sends before the last thread has loaded: the last init() creates a marker file, and a thread's
-- first request() blocks until it exists (a sleep through LuaJIT's FFI, which wrk links). Not
-- wrk's delay() hook: defining it puts a timer and a Lua call on every request, which cost wrk
-- 15-20% of its rate against a server that does nothing.
--
-- The loaded requests are locked in memory (mlockall through LuaJIT's FFI, by the last init(),
-- once every thread has loaded). wrk holds hundreds of MB of requests and reads each one once,
-- so most of that memory looks cold to a kernel with proactive reclaim (DAMON's "pageout"
-- scheme on our test VM: memory untouched for 60 s). With that running, wrk's p99 rose with the
-- size of the event set, against every server alike; with DAMON off, or with the requests
-- locked, it did not (400,000 events against Hookyard, runs in turn: p99 11.8-18.9 ms unlocked,
-- 4.5-5.8 ms locked, 3.8-5.0 ms unlocked with DAMON off). Best effort: where RLIMIT_MEMLOCK is
-- too small (an ordinary user's default), or the set is over half of the available memory, the
-- requests stay unlocked and done() says so.
--
-- done() prints one machine-readable line:
--   HOOKYARD_BENCH requests=N ok=N non2xx=N socket_errors=N duration_s=S rps_ok=R p50_ms=X p99_ms=Y p999_ms=Z max_ms=M distinct=N wrapped=0|1 locked=0|1
-- wrk counts a response with a status of 400 or more as a status error: "ok" is every other
-- completed response (the receivers answer only 2xx or 4xx/5xx).

-- The marker's name, unique to this wrk run (os.tmpname creates the file: remove it, the last
-- init() creates it again). This chunk runs once per Lua state; only the main state's name is
-- used: setup() hands it to every thread as the global go_marker.
local main_marker = os.tmpname()
os.remove(main_marker)

local threads = {}
local next_id = 0

function setup(thread)
   thread:set("tid", next_id)
   thread:set("go_marker", main_marker)
   next_id = next_id + 1
   table.insert(threads, thread)
end

local requests = {}
local count = 0
local index = 0
wrapped = 0
loaded = 0
locked = -1 -- set by the thread that locks (the last to load)

-- MemAvailable from /proc/meminfo in bytes, or nil (not Linux).
local function available_memory()
   local f = io.open("/proc/meminfo", "r")
   if f == nil then return nil end
   local text = f:read("*a")
   f:close()
   local kb = text:match("MemAvailable:%s*(%d+) kB")
   return kb and tonumber(kb) * 1024 or nil
end

-- Locks every page wrk has mapped now (all threads' requests, about the events file's size):
-- 1 if done, 0 if not allowed or if that would pin more than half of the available memory.
local function lock_memory(file_bytes)
   local available = available_memory()
   if available == nil or file_bytes * 2 > available then
      return 0
   end
   local ok, ffi = pcall(require, "ffi")
   if not ok then
      return 0
   end
   ffi.cdef("int mlockall(int flags);")
   local MCL_CURRENT = 1
   return ffi.C.mlockall(MCL_CURRENT) == 0 and 1 or 0
end

function init(args)
   local file = args[1]
   local nthreads = tonumber(args[2] or "1")
   if file == nil then
      error("replay.lua: pass the events file: wrk ... -s replay.lua URL -- EVENTS_FILE THREADS")
   end
   local f = assert(io.open(file, "rb"))
   local n = 0
   while true do
      local head = f:read("*l")
      if head == nil or head == "" then break end
      local sig, len = head:match("^([^\t]+)\t(%d+)$")
      if sig == nil then error("replay.lua: bad record header in " .. file) end
      if n % nthreads ~= tid then
         f:seek("cur", tonumber(len) + 1) -- another thread's record, and its newline
      else
         local body = f:read(tonumber(len))
         f:read(1) -- the newline after the body
         count = count + 1
         requests[count] = wrk.format("POST", nil, {
            ["Content-Type"] = "application/json; charset=utf-8",
            ["User-Agent"] = "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            ["Stripe-Signature"] = sig,
         }, body)
      end
      n = n + 1
   end
   local file_bytes = f:seek("end")
   f:close()
   loaded = count
   if count == 0 then error("replay.lua: no records for thread " .. tid) end
   if tid == nthreads - 1 then
      locked = lock_memory(file_bytes)
      assert(io.open(go_marker, "w")):close()
   end
end

local started = false

-- Blocks this wrk thread (it has sent nothing yet) until the last thread has loaded.
local function wait_for_start()
   local ok, ffi = pcall(require, "ffi")
   if ok then
      ffi.cdef("int usleep(unsigned int usec);")
   end
   while true do
      local f = io.open(go_marker, "r")
      if f ~= nil then
         f:close()
         break
      end
      if ok then
         ffi.C.usleep(1000)
      else
         os.execute("sleep 0.01") -- a Lua without FFI
      end
   end
   started = true
end

local verified = false

function request()
   if not started then
      -- wrk calls thread 0's request() once on its main thread, right after that thread's
      -- init(), to see whether it pipelines: blocking there would stop the other inits.
      if tid == 0 and not verified then
         verified = true
      else
         wait_for_start()
      end
   end
   index = index + 1
   if index > count then
      index = 1
      wrapped = 1
   end
   return requests[index]
end

function done(summary, latency, requests_)
   os.remove(main_marker)
   local distinct, wrap, lock = 0, 0, 0
   for _, t in ipairs(threads) do
      distinct = distinct + (tonumber(t:get("loaded")) or 0)
      if tonumber(t:get("wrapped")) == 1 then wrap = 1 end
      if tonumber(t:get("locked")) == 1 then lock = 1 end
   end
   local e = summary.errors
   local socket_errors = e.connect + e.read + e.write + e.timeout
   local ok = summary.requests - e.status
   local secs = summary.duration / 1e6
   io.write(string.format(
      "HOOKYARD_BENCH requests=%d ok=%d non2xx=%d socket_errors=%d duration_s=%.3f rps_ok=%.1f " ..
      "p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f distinct=%d wrapped=%d locked=%d\n",
      summary.requests, ok, e.status, socket_errors, secs, ok / secs,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
      latency.max / 1000, distinct, wrap, lock))
end
