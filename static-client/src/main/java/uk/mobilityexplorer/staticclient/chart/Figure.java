package uk.mobilityexplorer.staticclient.chart;

/** A chart or map a section draws; each kind has its own template. */
public sealed interface Figure permits BarChart, LineChart, MapChart {

    String id();

    String title();

    /** Colours and their meaning, written beside the figure in words (empty when the figure needs none). */
    java.util.List<Key> key();
}
