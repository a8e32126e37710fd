package academy.agora.web.coordination;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart, drawn on the server as inline SVG: one group of bars per row (a
 * municipality, a module), one bar per series (learners and completions), each bar with
 * its number written at its end, so that nothing depends on telling colours apart. The
 * first series is drawn hollow, the second solid. Coordinates are in the SVG's own units;
 * the stylesheet scales the drawing to the page's width.
 */
public final class BarChart {

	static final int WIDTH = 760;

	static final int LABEL_WIDTH = 270;

	static final int VALUE_SPACE = 64;

	static final int TOP = 30;

	static final int BOTTOM = 10;

	static final int BAR_HEIGHT = 18;

	static final int BAR_GAP = 3;

	static final int GROUP_GAP = 16;

	/**
	 * Longer labels are cut with an ellipsis; the table beside the chart has them whole.
	 */
	static final int LABEL_CHARACTERS = 30;

	private final List<String> series;

	private final List<Group> groups;

	private final List<Tick> ticks;

	private final int height;

	private BarChart(List<String> series, List<Group> groups, List<Tick> ticks, int height) {
		this.series = series;
		this.groups = groups;
		this.ticks = ticks;
		this.height = height;
	}

	/**
	 * Lays out a chart.
	 * @param series the names of the series, one or two, in the order of each row's
	 * values
	 * @param rows the rows, top to bottom
	 * @param locale the reader's language, for the numbers
	 * @return the chart
	 */
	public static BarChart of(List<String> series, List<Row> rows, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		long largest = rows.stream().flatMap((row) -> row.values().stream()).mapToLong(Long::longValue).max().orElse(0);
		Scale scale = Scale.of(largest);
		double plot = plotWidth();
		int groupHeight = series.size() * BAR_HEIGHT + (series.size() - 1) * BAR_GAP;
		List<Group> groups = new ArrayList<>();
		double y = TOP;
		for (Row row : rows) {
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < series.size(); i++) {
				long value = (i < row.values().size()) ? row.values().get(i) : 0;
				double barY = y + i * (BAR_HEIGHT + BAR_GAP);
				double width = scale.position(value, plot);
				// A value above zero always shows, however small beside the largest.
				if (value > 0 && width < 2) {
					width = 2;
				}
				bars.add(new Bar(i, LABEL_WIDTH, barY, width, BAR_HEIGHT, numbers.format(value),
						Scale.round(LABEL_WIDTH + width + 6), Scale.round(barY + BAR_HEIGHT - 4)));
			}
			groups.add(new Group(row.label(), shorten(row.label()), Scale.round(y + groupHeight / 2.0 + 5), bars));
			y += groupHeight + GROUP_GAP;
		}
		List<Tick> ticks = scale.ticks()
			.stream()
			.map((value) -> new Tick(Scale.round(LABEL_WIDTH + scale.position(value, plot)), numbers.format(value)))
			.toList();
		int height = (int) Math.ceil(y - GROUP_GAP + BOTTOM);
		return new BarChart(List.copyOf(series), List.copyOf(groups), ticks, Math.max(height, TOP + BOTTOM));
	}

	static double plotWidth() {
		return WIDTH - LABEL_WIDTH - VALUE_SPACE;
	}

	static String shorten(String label) {
		if (label == null) {
			return "";
		}
		return (label.codePointCount(0, label.length()) > LABEL_CHARACTERS)
				? label.substring(0, label.offsetByCodePoints(0, LABEL_CHARACTERS - 1)).strip() + "…" : label;
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return this.height;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + this.height;
	}

	public boolean empty() {
		return this.groups.isEmpty();
	}

	public List<String> series() {
		return this.series;
	}

	public List<Group> groups() {
		return this.groups;
	}

	public List<Tick> ticks() {
		return this.ticks;
	}

	/** Where the row labels end, right-aligned before the bars. */
	public int labelX() {
		return LABEL_WIDTH - 10;
	}

	/** Where gridlines start and end vertically. */
	public int gridTop() {
		return TOP - 8;
	}

	public int gridBottom() {
		return this.height - BOTTOM + 4;
	}

	/** Where the tick labels stand, above the bars. */
	public int tickLabelY() {
		return TOP - 14;
	}

	/**
	 * One row of data.
	 *
	 * @param label what the row is, such as a municipality
	 * @param values one per series
	 */
	public record Row(String label, List<Long> values) {
	}

	/**
	 * A row's bars.
	 *
	 * @param label the row's label in full
	 * @param shortLabel as drawn
	 * @param labelY the baseline of the label
	 * @param bars one per series
	 */
	public record Group(String label, String shortLabel, double labelY, List<Bar> bars) {

		public boolean shortened() {
			return !this.label.equals(this.shortLabel);
		}

	}

	/**
	 * One bar and its number.
	 *
	 * @param series which series it belongs to, from 0
	 * @param value the number as the reader's language writes it
	 */
	public record Bar(int series, double x, double y, double width, double height, String value, double valueX,
			double valueY) {
	}

	/**
	 * A gridline with its number.
	 *
	 * @param position where along the value axis
	 * @param label the number
	 */
	public record Tick(double position, String label) {
	}

}
