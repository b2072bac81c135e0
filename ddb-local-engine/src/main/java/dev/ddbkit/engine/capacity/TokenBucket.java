package dev.ddbkit.engine.capacity;

/**
 * A token bucket on the engine clock: refills at {@code rate} units per second up to
 * {@code capacity} units. Tokens are held in unit-nanoseconds so that refills stay exact
 * integers.
 * <p>
 * A request is admitted when the bucket holds its units, or when the bucket is full: a
 * request larger than the whole bucket (a 400 KB write on a 1 WCU table) then goes
 * through and leaves a debt, as DynamoDB charges first and throttles the requests that
 * follow.
 */
final class TokenBucket {

	static final long NANOS_PER_SECOND = 1_000_000_000L;

	private long rate;

	private long capacity;

	private long tokens;

	private long lastRefill;

	TokenBucket(long rate, long capacity, long initialUnits, long now) {
		this.rate = rate;
		this.capacity = capacity;
		this.tokens = Math.min(initialUnits, capacity) * NANOS_PER_SECOND;
		this.lastRefill = now;
	}

	/** A bucket of one second of {@code rate}, full. */
	static TokenBucket perSecond(long rate, long now) {
		return new TokenBucket(rate, rate, rate, now);
	}

	void refill(long now) {
		if (now <= this.lastRefill) {
			return;
		}
		long elapsed = now - this.lastRefill;
		this.lastRefill = now;
		long full = this.capacity * NANOS_PER_SECOND;
		if (this.tokens >= full || this.rate == 0) {
			return;
		}
		long untilFull = (full - this.tokens) / this.rate + 1;
		this.tokens = Math.min(full, this.tokens + Math.min(elapsed, untilFull) * this.rate);
	}

	boolean admits(long units) {
		return this.tokens >= units * NANOS_PER_SECOND || this.tokens >= this.capacity * NANOS_PER_SECOND;
	}

	void take(long units) {
		this.tokens -= units * NANOS_PER_SECOND;
	}

	/** Whole units held (negative while in debt). */
	long available() {
		return Math.floorDiv(this.tokens, NANOS_PER_SECOND);
	}

	long rate() {
		return this.rate;
	}

	long capacity() {
		return this.capacity;
	}

	/**
	 * A higher one-second rate whose added capacity is available at once, as new
	 * partitions bring their capacity with them.
	 */
	void grow(long newRate, long now) {
		refill(now);
		long added = Math.max(0, newRate - this.capacity);
		this.rate = newRate;
		this.capacity = newRate;
		this.tokens = Math.min(this.tokens + added * NANOS_PER_SECOND, newRate * NANOS_PER_SECOND);
	}

	/** New rate and capacity; the tokens held are kept up to the new capacity. */
	void reconfigure(long newRate, long newCapacity, long now) {
		refill(now);
		this.rate = newRate;
		this.capacity = newCapacity;
		this.tokens = Math.min(this.tokens, newCapacity * NANOS_PER_SECOND);
	}

}
