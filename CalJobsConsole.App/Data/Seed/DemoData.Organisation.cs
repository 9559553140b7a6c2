using CalJobsConsole.App.Security;
using CalJobsConsole.Domain.Areas;
using CalJobsConsole.Domain.Privileges;

namespace CalJobsConsole.App.Data.Seed;

/// <summary>The privilege catalogue, the areas with their Directors, offices and administrators (CAP-1, DES-1, DES-2).</summary>
internal sealed partial class DemoData
{
    private PrivilegeCatalog _catalog = null!;
    private DemoPerson _operationsUnit = null!;
    private Area _goldenSierra = null!, _capitalRegion = null!, _northCoast = null!, _northern = null!, _central = null!;
    private Office _auburn = null!, _placerville = null!, _roseville = null!, _sacramento = null!, _elkGrove = null!, _eureka = null!, _ukiah = null!;
    private AdministratorActor _morgan = null!, _parker = null!, _sky = null!, _jules = null!;

    private void BuildCatalogue()
    {
        Privileges.AddRange(
        [
            Privilege.Create("CASE_NOTES", "Case notes", isRestricted: false),
            Privilege.Create("REPORTS", "Run reports", isRestricted: false),
            Privilege.Create("EMPLOYER_EDIT", "Edit employer records", isRestricted: false),
            Privilege.Create("SSN_UNMASK", "View unmasked SSN", isRestricted: true),
            Privilege.Create("MERGE_ACCOUNTS", "Merge individual accounts", isRestricted: true),
        ]);
        PrivilegeGroups.AddRange(DirectivePrivilegeGroups.Create());
        PrivilegeGroups.Add(PrivilegeGroup.CreateOperationsUnitGroup("State Monitor", "Operations Unit monitoring staff: statewide view with reports."));
        _catalog = new PrivilegeCatalog(PrivilegeGroups, Privileges);
        Carries(DirectivePrivilegeGroups.LwiaCboStaff, "CASE_NOTES");
        Carries(DirectivePrivilegeGroups.LwiaPartnerSupervisor, "CASE_NOTES", "REPORTS");
        Carries(DirectivePrivilegeGroups.EtplCoordinators, "EMPLOYER_EDIT");
        Carries(DirectivePrivilegeGroups.ViewAccessWithReports, "REPORTS");
        Carries(DirectivePrivilegeGroups.EddWsbSupervisor, "CASE_NOTES", "REPORTS");
        Carries("State Monitor", "REPORTS", "SSN_UNMASK");
    }

    private void Carries(string group, params string[] privilegeCodes) =>
        _catalog.Group(group).SetPrivileges(privilegeCodes.Select(_catalog.Privilege));

    private void BuildAreas()
    {
        _operationsUnit = Person(DemoSignIns.OperationsUnit, "Olivia Ortiz", ConsoleRoles.OperationsUnit);
        _goldenSierra = NewArea("Golden Sierra", AreaKind.LocalArea, Person(DemoSignIns.Director, "Dana Delgado", ConsoleRoles.Director));
        _capitalRegion = NewArea("Capital Region", AreaKind.LocalArea, Person("director.marisol", "Marisol Vega", ConsoleRoles.Director));
        _northCoast = NewArea("North Coast", AreaKind.LocalArea, Person("director.hank", "Hank Lindgren", ConsoleRoles.Director));
        _northern = NewArea("WSB Northern Division", AreaKind.FieldDivision, Person("chief.chris", "Chris Chen", ConsoleRoles.Director));
        _central = NewArea("WSB Central Division", AreaKind.FieldDivision, Person("chief.renee", "Renee Okoye", ConsoleRoles.Director));

        _auburn = NewOffice("Auburn AJCC", _goldenSierra, _northern, hasTitleIPartner: true);
        _placerville = NewOffice("Placerville Career Center", _goldenSierra, _northern, hasTitleIPartner: true);
        _roseville = NewOffice("Roseville EDD Office", _goldenSierra, _northern, hasTitleIPartner: false);
        _sacramento = NewOffice("Sacramento Works Downtown", _capitalRegion, _central, hasTitleIPartner: true);
        _elkGrove = NewOffice("Elk Grove EDD Office", _capitalRegion, _central, hasTitleIPartner: false);
        _eureka = NewOffice("Eureka AJCC", _northCoast, _northern, hasTitleIPartner: true);
        _ukiah = NewOffice("Ukiah EDD Office", _northCoast, _northern, hasTitleIPartner: false);

        DesignateAdministrators();
    }

    /// <summary>
    /// Golden Sierra full (3 of 3, one seat handed over after a removal form), Capital Region 2 of 3, North Coast's only
    /// administrator untrained, the Northern Division with a division-wide and an office-coverage SPOC, Central with one.
    /// </summary>
    private void DesignateAdministrators()
    {
        _morgan = Designate(_goldenSierra, DemoSignIns.MisAdministrator, "Morgan Mills", signedDaysAgo: 730, trainedDaysAgo: 716);
        var lane = Designate(_goldenSierra, "former.lane", "Lane Ortega", signedDaysAgo: 700, trainedDaysAgo: 690, holdsRole: false);
        Designate(_goldenSierra, "mis.harper", "Harper Singh", signedDaysAgo: 400, trainedDaysAgo: 390);
        var laneDesignation = _goldenSierra.ActiveDesignations.Single(d => d.PersonId == lane.PersonId);
        _goldenSierra.RemoveDesignation(laneDesignation.Id, _goldenSierra.DirectorId!.Value, DaysAgo(70), "Left Golden Sierra for another agency.");
        Designate(_goldenSierra, "mis.devon", "Devon Clarke", signedDaysAgo: 60, trainedDaysAgo: 45);

        _parker = Designate(_capitalRegion, "mis.parker", "Parker Wong", signedDaysAgo: 500, trainedDaysAgo: 490);
        Designate(_capitalRegion, "mis.reese", "Reese Patel", signedDaysAgo: 200, trainedDaysAgo: 190);

        Designate(_northCoast, DemoSignIns.UntrainedMisAdministrator, "Finley Ross", signedDaysAgo: 10, trainedDaysAgo: null);

        _sky = Designate(_northern, DemoSignIns.Spoc, "Sky Sato", signedDaysAgo: 600, trainedDaysAgo: 590);
        Designate(_northern, DemoSignIns.OfficeSpoc, "Rowan Blake", signedDaysAgo: 90, trainedDaysAgo: 80,
            coverage: SpocCoverage.Offices([_roseville.Id, _ukiah.Id]));

        _jules = Designate(_central, "spoc.jules", "Jules Moreau", signedDaysAgo: 300, trainedDaysAgo: 290);
    }

    private Area NewArea(string name, AreaKind kind, DemoPerson director)
    {
        var area = Area.Create(name, kind);
        area.AppointDirector(director.Id, director.Contact);
        Areas.Add(area);
        return area;
    }

    private Office NewOffice(string name, Area localArea, Area division, bool hasTitleIPartner)
    {
        var office = Office.Open(name, localArea, division, hasTitleIPartner);
        Offices.Add(office);
        return office;
    }

    /// <summary>A designation form signed by the area's Director or Division Chief, recorded by the Operations Unit, then training.</summary>
    private AdministratorActor Designate(Area area, string userName, string fullName, int signedDaysAgo, int? trainedDaysAgo,
        SpocCoverage? coverage = null, bool holdsRole = true)
    {
        // A former administrator keeps their sign-in but not the role: their seat went with the removal form.
        var person = Person(userName, fullName, holdsRole ? ScopeService.RoleFor(area.AdministratorRole) : null);
        var designation = area.Designate(person.Id, person.Contact, area.DirectorId!.Value, DaysAgo(signedDaysAgo), _operationsUnit.Id, coverage);
        if (trainedDaysAgo is { } days)
            area.RecordTraining(designation.Id, DaysAgo(days), Today);
        return area.ActorFor(person.Id)!;
    }
}
