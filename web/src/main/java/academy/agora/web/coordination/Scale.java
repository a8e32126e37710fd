package academy.agora.web.coordination;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart's value axis for counts: from 0 to a round maximum at least as large as the
 * largest value, in whole steps of 1, 2 or 5 times a power of ten, at most five of them,
 * so that gridlines fall on numbers people read at a glance.
 *
 * @param max the top of the axis, at least 1
 * @param step the distance between gridlines
 */
record Scale(long max, long step) {

	static final int MAX_STEPS = 5;

	static Scale of(long largest) {
		if (largest <= 0) {
			return new Scale(1, 1);
		}
		long magnitude = 1;
		while (true) {
			for (long factor : new long[] { 1, 2, 5 }) {
				long step = factor * magnitude;
				long steps = (largest + step - 1) / step;
				if (steps <= MAX_STEPS) {
					return new Scale(steps * step, step);
				}
			}
			magnitude *= 10;
		}
	}

	List<Long> ticks() {
		List<Long> ticks = new ArrayList<>();
		for (long value = 0; value <= this.max; value += this.step) {
			ticks.add(value);
		}
		return ticks;
	}

	/**
	 * Where a value falls along an axis of the given length.
	 * @param value the value, from 0 to {@link #max()}
	 * @param length the axis length in drawing units
	 * @return the distance from 0, rounded to a tenth of a unit
	 */
	double position(long value, double length) {
		return round(length * Math.max(0, Math.min(value, this.max)) / this.max);
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
