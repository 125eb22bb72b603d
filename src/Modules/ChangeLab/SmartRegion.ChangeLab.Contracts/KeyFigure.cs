namespace SmartRegion.ChangeLab.Contracts;

/// <summary>One key figure of a measure, e.g. „Veröffentlichte Datensätze: 42“.</summary>
/// <param name="Measure">The measure it belongs to, one of <c>SmartRegion.Ui.Navigation.Measures.All</c> (e.g. <c>smart-city-hub</c>).</param>
/// <param name="Key">A stable name for machines, e.g. <c>opendata.datasets-published</c>.</param>
/// <param name="Label">What is counted, in the current language.</param>
/// <param name="Value">The count.</param>
public sealed record KeyFigure(string Measure, string Key, string Label, long Value);
