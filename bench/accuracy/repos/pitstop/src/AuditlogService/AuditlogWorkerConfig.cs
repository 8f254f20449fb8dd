namespace Pitstop.AuditlogService;

public class AuditlogWorkerConfig
{
    public string LogPath { get; set; }
}
