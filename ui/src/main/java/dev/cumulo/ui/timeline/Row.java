package dev.cumulo.ui.timeline;

/** A row of the timeline: a function's header, or one of its lanes. */
public sealed interface Row permits Row.Header, Row.LaneRow {
  double HEIGHT = 22;

  record Header(TimelineData.Group group) implements Row {}

  record LaneRow(Lane lane) implements Row {}
}
