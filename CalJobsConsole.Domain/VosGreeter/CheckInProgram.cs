namespace CalJobsConsole.Domain.VosGreeter;

/// <summary>
/// The program a VOSGreeter check-in reason leads a visitor to. Wagner-Peyser, veterans (JVSG) and Trade Adjustment
/// Assistance are the WSB programs on which a SPOC gives the MIS Administrator input (VOS-1).
/// </summary>
public enum CheckInProgram
{
    General = 1,
    WioaTitleI = 2,
    WagnerPeyser = 3,
    Veterans = 4,
    TradeAdjustmentAssistance = 5,
}

public static class CheckInPrograms
{
    /// <summary>Whether the program is one the EDD Workforce Services Branch runs (the SPOC's input, VOS-1).</summary>
    public static bool IsWsbProgram(this CheckInProgram program) =>
        program is CheckInProgram.WagnerPeyser or CheckInProgram.Veterans or CheckInProgram.TradeAdjustmentAssistance;

    public static string DisplayName(this CheckInProgram program) => program switch
    {
        CheckInProgram.General => "General / resource room",
        CheckInProgram.WioaTitleI => "WIOA Title I (Local Area)",
        CheckInProgram.WagnerPeyser => "Wagner-Peyser (WSB)",
        CheckInProgram.Veterans => "Veterans, JVSG (WSB)",
        CheckInProgram.TradeAdjustmentAssistance => "Trade Adjustment Assistance (WSB)",
        _ => program.ToString(),
    };
}
