import ArgumentParser

@main
struct Saraban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saraban",
        abstract: "Turn Thai government paperwork (สารบรรณ) into checked, structured data.",
        subcommands: [DatesCommand.self]
    )
}
