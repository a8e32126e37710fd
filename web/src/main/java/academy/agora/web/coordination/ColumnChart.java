package academy.agora.web.coordination;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column chart of counts over time, drawn on the server as inline SVG: one column per
 * period, its number above it when there is one, and the period's short name below (every
 * few periods when there are too many to name each).
 */
public final class ColumnChart {

	static final int WIDTH = 760;

	static final int LEFT = 48;

	static final int RIGHT = 8;

	static final int TOP = 24;

	static final int PLOT_HEIGHT = 200;

	static final int BOTTOM = 34;

	/** Periods named below the axis at most; the table names them all. */
	static final int MAX_LABELS = 7;

	private final List<Column> columns;

	private final List<BarChart.Tick> ticks;

	private final long total;

	private ColumnChart(List<Column> columns, List<BarChart.Tick> ticks, long total) {
		this.columns = columns;
		this.ticks = ticks;
		this.total = total;
	}

	/**
	 * Lays out a chart.
	 * @param points the periods in order, each with its count
	 * @param locale the reader's language, for the numbers
	 * @return the chart
	 */
	public static ColumnChart of(List<Point> points, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		long largest = points.stream().mapToLong(Point::value).max().orElse(0);
		Scale scale = Scale.of(largest);
		double slot = points.isEmpty() ? 0 : (double) (WIDTH - LEFT - RIGHT) / points.size();
		double width = Scale.round(Math.min(slot * 0.62, 48));
		int every = Math.max(1, (int) Math.ceil(points.size() / (double) MAX_LABELS));
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			double height = scale.position(point.value(), PLOT_HEIGHT);
			if (point.value() > 0 && height < 2) {
				height = 2;
			}
			double centre = LEFT + slot * i + slot / 2;
			double top = Scale.round(TOP + PLOT_HEIGHT - height);
			// Counted back from the last period, so that the latest is always named.
			boolean named = (points.size() - 1 - i) % every == 0;
			columns.add(new Column(Scale.round(centre - width / 2), top, width, height, Scale.round(centre),
					Scale.round(top - 5), (point.value() > 0) ? numbers.format(point.value()) : "", point.label(),
					named));
		}
		List<BarChart.Tick> ticks = scale.ticks()
			.stream()
			.map((value) -> new BarChart.Tick(Scale.round(TOP + PLOT_HEIGHT - scale.position(value, PLOT_HEIGHT)),
					numbers.format(value)))
			.toList();
		return new ColumnChart(List.copyOf(columns), ticks, points.stream().mapToLong(Point::value).sum());
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + height();
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return TOP + PLOT_HEIGHT + BOTTOM;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return WIDTH - RIGHT;
	}

	/** The baseline of the plot, where columns stand. */
	public int baseline() {
		return TOP + PLOT_HEIGHT;
	}

	public int labelY() {
		return TOP + PLOT_HEIGHT + 22;
	}

	public int tickLabelX() {
		return LEFT - 8;
	}

	public boolean empty() {
		return this.columns.isEmpty();
	}

	public long total() {
		return this.total;
	}

	public List<Column> columns() {
		return this.columns;
	}

	/** Horizontal gridlines: {@code position} is their height in the drawing. */
	public List<BarChart.Tick> ticks() {
		return this.ticks;
	}

	/**
	 * One period.
	 *
	 * @param label its short name, such as {@code 2 Mar}
	 * @param value its count
	 */
	public record Point(String label, long value) {
	}

	/**
	 * One column.
	 *
	 * @param centre the middle of its slot, where its texts are centred
	 * @param valueY the baseline of its number
	 * @param value its number, blank for none
	 * @param label its period's short name
	 * @param named whether the period's name is drawn
	 */
	public record Column(double x, double y, double width, double height, double centre, double valueY, String value,
			String label, boolean named) {
	}

}
