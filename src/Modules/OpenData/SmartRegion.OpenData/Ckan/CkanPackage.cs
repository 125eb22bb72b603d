namespace SmartRegion.OpenData.Ckan;

/// <summary>A dataset as CKAN's <c>package_show</c> writes it (property names become snake case).</summary>
internal sealed record CkanPackage(
    string Id, string Name, string Title, string Notes, string? Url, string Version, string Type, string State, bool Private,
    string? Author, string? AuthorEmail, string? Maintainer, string? MaintainerEmail,
    string? LicenseId, string? LicenseTitle, string? LicenseUrl, bool Isopen,
    string MetadataCreated, string MetadataModified, string? CreatorUserId, string OwnerOrg, CkanOrganizationDict Organization,
    int NumResources, int NumTags, IReadOnlyList<CkanTag> Tags, IReadOnlyList<CkanGroup> Groups, IReadOnlyList<CkanResource> Resources,
    IReadOnlyList<CkanExtra> Extras, IReadOnlyList<object> RelationshipsAsObject, IReadOnlyList<object> RelationshipsAsSubject);

/// <summary>A publisher as CKAN's organisation dictionary.</summary>
internal sealed record CkanOrganizationDict(
    string Id, string Name, string Title, string DisplayName, string Description, string Type, bool IsOrganization, string State,
    string ImageUrl, string? Created, string ApprovalStatus, int? PackageCount);

/// <summary>A keyword as a CKAN free tag (no vocabulary).</summary>
internal sealed record CkanTag(string Id, string Name, string DisplayName, string State, string? VocabularyId);

/// <summary>An EU data theme as a CKAN group.</summary>
internal sealed record CkanGroup(string Id, string Name, string Title, string DisplayName, string Description, string ImageDisplayUrl,
    int? PackageCount = null);

/// <summary>A distribution as a CKAN resource.</summary>
internal sealed record CkanResource(
    string Id, string PackageId, string Name, string Description, string? Format, string Url, string? UrlType, string? Mimetype,
    string? MimetypeInner, long? Size, string Hash, string Created, string? LastModified, string MetadataModified, int Position,
    string State, bool DatastoreActive, string? CacheUrl, string? CacheLastUpdated, string? ResourceType);

/// <summary>A DCAT field CKAN has no column for, as a key–value extra.</summary>
internal sealed record CkanExtra(string Key, string Value);
