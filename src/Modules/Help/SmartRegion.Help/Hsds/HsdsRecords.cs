using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartRegion.Help.Hsds;

// The wire format of Open Referral HSDS 3.0 (https://docs.openreferral.org/en/3.0/), limited to the objects
// and fields the help directory keeps. Field names are HSDS's snake_case names; absent values are left out.

/// <summary>
/// An HSDS 3.0 file in its normalised form: one object with the five collections, linked by id, and optionally the
/// taxonomies the terms belong to (files that only name the taxonomy on each term leave it out).
/// </summary>
internal sealed record HsdsFile(
    IReadOnlyList<HsdsOrganization> Organizations,
    IReadOnlyList<HsdsService> Services,
    IReadOnlyList<HsdsLocation> Locations,
    IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations,
    IReadOnlyList<HsdsTaxonomyTerm> TaxonomyTerms,
    IReadOnlyList<HsdsTaxonomy>? Taxonomies = null)
{
    /// <summary>snake_case names, absent values left out; the options every HSDS read and write uses.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        WriteIndented = false,
    };
}

internal sealed record HsdsOrganization(
    string Id,
    string Name,
    string Description,
    string? Email = null,
    string? Website = null,
    string? LegalStatus = null,
    int? YearIncorporated = null,
    string? AlternateName = null,
    IReadOnlyList<HsdsPhone>? Phones = null);

internal sealed record HsdsService(
    string Id,
    string Name,
    string Status,
    string? OrganizationId = null,
    string? Description = null,
    string? Url = null,
    string? Email = null,
    string? InterpretationServices = null,
    string? ApplicationProcess = null,
    string? FeesDescription = null,
    string? EligibilityDescription = null,
    decimal? MinimumAge = null,
    decimal? MaximumAge = null,
    string? AssuredDate = null,
    DateTimeOffset? LastModified = null,
    string? AlternateName = null,
    IReadOnlyList<HsdsPhone>? Phones = null,
    IReadOnlyList<HsdsLanguage>? Languages = null,
    IReadOnlyList<HsdsCostOption>? CostOptions = null,
    IReadOnlyList<HsdsServiceArea>? ServiceAreas = null,
    IReadOnlyList<HsdsAttribute>? Attributes = null);

internal sealed record HsdsLocation(
    string Id,
    string LocationType,
    string? OrganizationId = null,
    string? Name = null,
    string? Description = null,
    string? Transportation = null,
    decimal? Latitude = null,
    decimal? Longitude = null,
    string? Url = null,
    IReadOnlyList<HsdsAddress>? Addresses = null,
    IReadOnlyList<HsdsAccessibility>? Accessibility = null);

internal sealed record HsdsServiceAtLocation(
    string Id,
    string ServiceId,
    string LocationId,
    string? Description = null,
    IReadOnlyList<HsdsSchedule>? Schedules = null);

internal sealed record HsdsTaxonomyTerm(
    string Id,
    string Name,
    string Description,
    string? Code = null,
    string? ParentId = null,
    string? Taxonomy = null,
    string? Language = null,
    string? TaxonomyId = null);

internal sealed record HsdsTaxonomy(string Id, string Name, string Description, string? Uri = null, string? Version = null);

internal sealed record HsdsPhone(
    string Id,
    string Number,
    string? OrganizationId = null,
    string? ServiceId = null,
    string? LocationId = null,
    string? Type = null,
    string? Description = null);

internal sealed record HsdsLanguage(string Id, string? ServiceId = null, string? Name = null, string? Code = null, string? Note = null);

internal sealed record HsdsCostOption(
    string Id,
    string? ServiceId = null,
    string? Option = null,
    string? Currency = null,
    decimal? Amount = null,
    string? AmountDescription = null);

internal sealed record HsdsServiceArea(string Id, string? ServiceId = null, string? Name = null, string? Description = null);

internal sealed record HsdsAttribute(
    string Id,
    string LinkId,
    string TaxonomyTermId,
    string? LinkType = null,
    string? LinkEntity = null,
    string? Value = null);

internal sealed record HsdsAddress(
    string Id,
    [property: JsonPropertyName("address_1")] string Address1,
    string City,
    string StateProvince,
    string PostalCode,
    string Country,
    string AddressType,
    string? LocationId = null,
    string? Region = null,
    [property: JsonPropertyName("address_2")] string? Address2 = null);

internal sealed record HsdsAccessibility(string Id, string? LocationId = null, string? Description = null, string? Details = null, string? Url = null);

internal sealed record HsdsSchedule(
    string Id,
    string? ServiceAtLocationId = null,
    string? Freq = null,
    string? Byday = null,
    string? OpensAt = null,
    string? ClosesAt = null,
    string? Description = null,
    string? Notes = null);
