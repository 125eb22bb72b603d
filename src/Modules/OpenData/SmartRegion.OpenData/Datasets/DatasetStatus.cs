namespace SmartRegion.OpenData.Datasets;

/// <summary>Where a dataset stands: only published datasets are in the catalogue and its RDF.</summary>
internal enum DatasetStatus
{
    Draft = 0,
    Published = 1,
    Withdrawn = 2,
}
