package uk.mobilityexplorer.staticclient.api.model;

/** The value axis range the Commission fixed for a chart. */
public record AxisDomain(Double min, Double max) {
}
