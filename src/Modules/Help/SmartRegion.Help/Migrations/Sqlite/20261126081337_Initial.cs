using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRegion.Help.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "help_organizations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AlternateName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LegalStatus = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    YearIncorporated = table.Column<int>(type: "INTEGER", nullable: true),
                    HubOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "help_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "help_taxonomies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Uri = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsDerived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_taxonomies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "help_locations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LocationType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Transportation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_locations_help_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "help_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "help_services",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AlternateName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    InterpretationServices = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ApplicationProcess = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FeesDescription = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    EligibilityDescription = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MinimumAge = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    MaximumAge = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    AssuredDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false),
                    IsNationwide = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_services_help_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "help_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "help_taxonomy_terms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Taxonomy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TaxonomyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EffectiveTaxonomyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_taxonomy_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_taxonomy_terms_help_taxonomies_EffectiveTaxonomyId",
                        column: x => x.EffectiveTaxonomyId,
                        principalTable: "help_taxonomies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_help_taxonomy_terms_help_taxonomy_terms_ParentId",
                        column: x => x.ParentId,
                        principalTable: "help_taxonomy_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "help_accessibility",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_accessibility", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_accessibility_help_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "help_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_addresses",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Address1 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Address2 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    StateProvince = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddressType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_addresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_addresses_help_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "help_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_cost_options",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Option = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    AmountDescription = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_cost_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_cost_options_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_languages",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_languages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_languages_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_phones",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrganizationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_phones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_phones_help_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "help_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_help_phones_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_service_areas",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_service_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_service_areas_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_service_at_locations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LocationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_service_at_locations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_service_at_locations_help_locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "help_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_help_service_at_locations_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_service_municipalities",
                columns: table => new
                {
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ags = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_service_municipalities", x => new { x.ServiceId, x.Ags });
                    table.ForeignKey(
                        name: "FK_help_service_municipalities_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "help_attributes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaxonomyTermId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LinkType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LinkEntity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_attributes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_attributes_help_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "help_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_help_attributes_help_taxonomy_terms_TaxonomyTermId",
                        column: x => x.TaxonomyTermId,
                        principalTable: "help_taxonomy_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "help_schedules",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ServiceAtLocationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Freq = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Byday = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OpensAt = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ClosesAt = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_help_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_help_schedules_help_service_at_locations_ServiceAtLocationId",
                        column: x => x.ServiceAtLocationId,
                        principalTable: "help_service_at_locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_help_accessibility_LocationId",
                table: "help_accessibility",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_addresses_LocationId",
                table: "help_addresses",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_addresses_PostalCode",
                table: "help_addresses",
                column: "PostalCode");

            migrationBuilder.CreateIndex(
                name: "IX_help_attributes_ServiceId",
                table: "help_attributes",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_help_attributes_TaxonomyTermId",
                table: "help_attributes",
                column: "TaxonomyTermId");

            migrationBuilder.CreateIndex(
                name: "IX_help_cost_options_ServiceId",
                table: "help_cost_options",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_help_languages_ServiceId",
                table: "help_languages",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_help_locations_OrganizationId",
                table: "help_locations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_organizations_HubOrganisationId",
                table: "help_organizations",
                column: "HubOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_organizations_Name",
                table: "help_organizations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_help_outbox_ProcessedAt_OccurredAt",
                table: "help_outbox",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_help_phones_OrganizationId",
                table: "help_phones",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_phones_ServiceId",
                table: "help_phones",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_help_schedules_ServiceAtLocationId",
                table: "help_schedules",
                column: "ServiceAtLocationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_service_areas_ServiceId",
                table: "help_service_areas",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_help_service_at_locations_LocationId",
                table: "help_service_at_locations",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_service_at_locations_ServiceId",
                table: "help_service_at_locations",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_help_service_municipalities_Ags",
                table: "help_service_municipalities",
                column: "Ags");

            migrationBuilder.CreateIndex(
                name: "IX_help_services_LastModified",
                table: "help_services",
                column: "LastModified");

            migrationBuilder.CreateIndex(
                name: "IX_help_services_OrganizationId",
                table: "help_services",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_help_taxonomy_terms_Code",
                table: "help_taxonomy_terms",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_help_taxonomy_terms_EffectiveTaxonomyId",
                table: "help_taxonomy_terms",
                column: "EffectiveTaxonomyId");

            migrationBuilder.CreateIndex(
                name: "IX_help_taxonomy_terms_ParentId",
                table: "help_taxonomy_terms",
                column: "ParentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "help_accessibility");

            migrationBuilder.DropTable(
                name: "help_addresses");

            migrationBuilder.DropTable(
                name: "help_attributes");

            migrationBuilder.DropTable(
                name: "help_cost_options");

            migrationBuilder.DropTable(
                name: "help_languages");

            migrationBuilder.DropTable(
                name: "help_outbox");

            migrationBuilder.DropTable(
                name: "help_phones");

            migrationBuilder.DropTable(
                name: "help_schedules");

            migrationBuilder.DropTable(
                name: "help_service_areas");

            migrationBuilder.DropTable(
                name: "help_service_municipalities");

            migrationBuilder.DropTable(
                name: "help_taxonomy_terms");

            migrationBuilder.DropTable(
                name: "help_service_at_locations");

            migrationBuilder.DropTable(
                name: "help_taxonomies");

            migrationBuilder.DropTable(
                name: "help_locations");

            migrationBuilder.DropTable(
                name: "help_services");

            migrationBuilder.DropTable(
                name: "help_organizations");
        }
    }
}
