namespace Tailwind.Traders.Rewards.Registration.Api.Models
{
    public enum EnrollmentStatusEnum
    {
        Uninitialized,
        Started,
        Accepted,
        Rejected,
        Uncompleted
    }
}