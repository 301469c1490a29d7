"""The Lua scripts of a distributed crawl: each changes several keys in one atomic step, so a
worker or an ingester killed at any moment leaves Redis consistent.

>>> scripts = Scripts(client)
>>> run_id, created, back = scripts.join(args=[prefix, site, worker, now, ttl_ms, name])

Keys are built inside the scripts from the prefix (see :mod:`.keys`): a single Redis server.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Scripts"]

# A worker (or the --workers coordinator, with worker = "") joins the running run of a site,
# or starts one: a new id, its state, and a run-start entry in the stream for the ingester.
# A named run (NEWSCRAWLER_RUN) is joined by name: once it is over (finished, or closed by the
# ingester) a worker that comes late has nothing to do (created = -1) instead of starting
# another. A worker that comes back under its own id first puts back the requests it had taken.
# ARGV: prefix, site, worker, started_at, alive_ms, run name ('' = none).
# Returns {run, created (1, 0 or -1), put back}.
JOIN = """
local p, site, worker = ARGV[1], ARGV[2], ARGV[3]
local pointer = p .. ':site:' .. site .. ':run'
local run, created = false, 0
if ARGV[6] ~= '' then
  run = ARGV[6] .. '/' .. site
  local state = redis.call('HGET', p .. ':run:' .. run, 'state')
  if state and state ~= 'running' then return {run, -1, 0} end
  if not state then created = 1 end
else
  run = redis.call('GET', pointer)
  if run and redis.call('HGET', p .. ':run:' .. run, 'state') ~= 'running' then run = false end
  if not run then
    -- unique across Redis servers too (a private one starts its count at 1 again)
    run = redis.call('TIME')[1] .. '-' .. redis.call('INCR', p .. ':run-seq')
    created = 1
  end
end
if created == 1 then
  redis.call('HSET', p .. ':run:' .. run, 'state', 'running', 'site', site,
             'started_at', ARGV[4])
  redis.call('SET', pointer, run)
  redis.call('XADD', p .. ':stream', '*', 'type', 'run-start', 'run', run, 'site', site,
             'data', ARGV[4])
  created = 1
end
local back = 0
if worker ~= '' then
  local rk = p .. ':run:' .. run
  redis.call('HSET', rk .. ':workers', worker, 'starting')
  redis.call('SET', rk .. ':alive:' .. worker, '1', 'PX', ARGV[5])
  local inflight = rk .. ':inflight:' .. worker
  back = redis.call('ZCARD', inflight)
  if back > 0 then
    redis.call('ZUNIONSTORE', rk .. ':queue', 2, rk .. ':queue', inflight, 'AGGREGATE', 'MIN')
    redis.call('DEL', inflight)
  end
end
return {run, created, back}
"""

# A request enters the frontier once per run: fingerprint into the seen-set and request into
# the queue together (scrapy-redis does the two in separate calls, and a worker killed between
# them loses the request for the run). A list page's requests go in one call.
# KEYS: seen, queue. ARGV: (fingerprint ('' = no filter), score, request) for each request.
# Returns 1 (queued) or 0 (seen before in this run) for each.
ENQUEUE = """
local out = {}
for i = 1, #ARGV, 3 do
  if ARGV[i] ~= '' and redis.call('SADD', KEYS[1], ARGV[i]) == 0 then
    out[#out + 1] = 0
  else
    redis.call('ZADD', KEYS[2], ARGV[i + 1], ARGV[i + 2])
    out[#out + 1] = 1
  end
end
return out
"""

# The next requests, up to ARGV[1] of them, move from the queue to the worker's in-flight set
# in one step. KEYS: queue, inflight.  Returns the requests, first in queue order first.
POP = """
local top = redis.call('ZPOPMIN', KEYS[1], tonumber(ARGV[1]))
local out = {}
for i = 1, #top, 2 do
  redis.call('ZADD', KEYS[2], top[i + 1], top[i])
  out[#out + 1] = top[i]
end
return out
"""

# Workers whose heartbeat stopped (killed, machine gone): what they had taken goes back to the
# queue, and they are marked dead. ARGV: prefix, run.  Returns the requests put back.
RECLAIM = """
local rk = ARGV[1] .. ':run:' .. ARGV[2]
local workers = redis.call('HGETALL', rk .. ':workers')
local back = 0
for i = 1, #workers, 2 do
  local w, state = workers[i], workers[i + 1]
  if state ~= 'ended' and state ~= 'dead' and redis.call('EXISTS', rk .. ':alive:' .. w) == 0 then
    local inflight = rk .. ':inflight:' .. w
    back = back + redis.call('ZCARD', inflight)
    redis.call('ZUNIONSTORE', rk .. ':queue', 2, rk .. ':queue', inflight, 'AGGREGATE', 'MIN')
    redis.call('DEL', inflight)
    redis.call('HSET', rk .. ':workers', w, 'dead')
  end
end
return back
"""

# The run is done when its queue is empty, no worker holds a request, and no live worker is
# still yielding its start requests: then it is marked finished, and the site's next run
# starts anew. ARGV: prefix, run, finished_at.  Returns 1 when the run is (now) finished.
FINISH = """
local p, run = ARGV[1], ARGV[2]
local rk = p .. ':run:' .. run
local state = redis.call('HGET', rk, 'state')
if state ~= 'running' then return 1 end
if redis.call('ZCARD', rk .. ':queue') > 0 then return 0 end
local workers = redis.call('HGETALL', rk .. ':workers')
for i = 1, #workers, 2 do
  local w, wstate = workers[i], workers[i + 1]
  if redis.call('ZCARD', rk .. ':inflight:' .. w) > 0 then return 0 end
  if wstate == 'starting' and redis.call('EXISTS', rk .. ':alive:' .. w) == 1 then return 0 end
end
redis.call('HSET', rk, 'state', 'finished', 'finished_at', ARGV[3])
local pointer = p .. ':site:' .. redis.call('HGET', rk, 'site') .. ':run'
if redis.call('GET', pointer) == run then redis.call('DEL', pointer) end
return 1
"""

# A worker leaves: what it still holds (an interrupted crawl) goes back to the queue, and a
# worker-left entry wakes the ingester, which may close the run now instead of at the end of
# its next blocking read. ARGV: prefix, run, worker.  Returns the requests put back.
LEAVE = """
local rk = ARGV[1] .. ':run:' .. ARGV[2]
local inflight = rk .. ':inflight:' .. ARGV[3]
local back = redis.call('ZCARD', inflight)
if back > 0 then
  redis.call('ZUNIONSTORE', rk .. ':queue', 2, rk .. ':queue', inflight, 'AGGREGATE', 'MIN')
  redis.call('DEL', inflight)
end
redis.call('HSET', rk .. ':workers', ARGV[3], 'ended')
redis.call('DEL', rk .. ':alive:' .. ARGV[3])
redis.call('XADD', ARGV[1] .. ':stream', '*', 'type', 'worker-left', 'run', ARGV[2],
           'worker', ARGV[3])
return back
"""

# One request rate per host for the whole cluster: take the host when its next allowed time
# has come, and move that time on by the interval; otherwise say how long to wait (and ask
# again then, with the delay current then: reserving future slots would queue a burst of
# concurrent requests at a delay AutoThrottle is about to lower). Redis's clock, so workers'
# clocks need not agree. KEYS: host. ARGV: interval (µs).  Returns 0 (go) or the µs to wait.
RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local mark = tonumber(redis.call('GET', KEYS[1]) or '0')
if mark > now then return mark - now end
local after = now + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', after), 'PX',
           math.ceil((after - now) / 1000) + 60000)
return 0
"""


class Scripts:
    """The scripts registered on one client (EVALSHA, loaded again if Redis restarted)."""

    def __init__(self, client: Any) -> None:
        self.join = client.register_script(JOIN)
        self.enqueue = client.register_script(ENQUEUE)
        self.pop = client.register_script(POP)
        self.reclaim = client.register_script(RECLAIM)
        self.finish = client.register_script(FINISH)
        self.leave = client.register_script(LEAVE)
        self.reserve = client.register_script(RESERVE)
