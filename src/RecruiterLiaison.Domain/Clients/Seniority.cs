namespace RecruiterLiaison.Domain.Clients;

public enum Seniority
{
    Staff,
    Manager,
    SeniorLeader,
    Executive,
}
