using System.Text.Json;
using Lucene.Net.Documents;
using SmartRegion.Help.Hsds;

namespace SmartRegion.Help.Search;

/// <summary>How an offer is laid out in the Lucene index: analysed text fields, exact filter fields, the stored offer.</summary>
internal static class OfferFields
{
    public const string Id = "id";
    /// <summary>Name and category names: what the offer is.</summary>
    public const string Title = "title";

    /// <summary>Description and eligibility: what it does and for whom.</summary>
    public const string Body = "body";

    /// <summary>Eligibility alone, for the target-group filter.</summary>
    public const string Eligibility = "eligibility";
    public const string CategoryCode = "cat";
    public const string Area = "area";
    public const string Language = "lang";
    public const string Access = "access";
    public const string Free = "free";
    public const string MinAge = "min_age";
    public const string MaxAge = "max_age";
    public const string Stored = "offer";

    /// <summary>Service area markers beside the AGS values of the <see cref="Area"/> field.</summary>
    public const string AreaDistrict = "landkreis";
    public const string AreaCity = "stadt";
    public const string AreaNation = "bundesweit";

    /// <summary>
    /// Text fields and their weight in the query: a word in the name or a category counts most. Two fields, not one per
    /// HSDS field: every searched word is scored once per field, and that is most of a search's cost.
    /// </summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted = [(Title, 2.0f), (Body, 1.2f)];

    private static readonly JsonSerializerOptions Json = HsdsFile.Json;

    public static Document ToDocument(IndexedOffer offer)
    {
        var doc = new Document
        {
            new StringField(Id, offer.Id, Field.Store.YES),
            new TextField(Title, string.Join(". ", [offer.Name, .. offer.CategoryNames]), Field.Store.NO),
            new TextField(Body, offer.Description + " " + offer.Eligibility, Field.Store.NO),
            new TextField(Eligibility, offer.Eligibility, Field.Store.NO),
            new Int32Field(MinAge, offer.MinimumAge ?? 0, Field.Store.NO),
            new Int32Field(MaxAge, offer.MaximumAge ?? 999, Field.Store.NO),
            new StoredField(Stored, JsonSerializer.SerializeToUtf8Bytes(offer, Json)),
        };
        foreach (var code in offer.CategoryCodes)
        {
            doc.Add(new StringField(CategoryCode, code, Field.Store.NO));
        }

        foreach (var area in Areas(offer))
        {
            doc.Add(new StringField(Area, area, Field.Store.NO));
        }

        foreach (var language in offer.Languages)
        {
            doc.Add(new StringField(Language, language, Field.Store.NO));
        }

        foreach (var access in offer.Sites.SelectMany(s => s.Accessibility).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(Access, access, Field.Store.NO));
        }

        if (offer.Free)
        {
            doc.Add(new StringField(Free, "1", Field.Store.NO));
        }

        return doc;
    }

    public static IndexedOffer FromStored(byte[] bytes) =>
        JsonSerializer.Deserialize<IndexedOffer>(bytes, Json) ?? throw new InvalidDataException("An index entry holds no offer.");

    private static IEnumerable<string> Areas(IndexedOffer offer)
    {
        foreach (var ags in offer.AreaAgs)
        {
            yield return ags;
        }

        if (offer.DistrictWide)
        {
            yield return AreaDistrict;
        }

        if (offer.CityWide)
        {
            yield return AreaCity;
        }

        if (offer.Nationwide)
        {
            yield return AreaNation;
        }
    }
}
