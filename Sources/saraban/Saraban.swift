import ArgumentParser

@main
struct Saraban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saraban",
        abstract: "Turn Thai government paperwork (สารบรรณ) into checked, structured data.",
        subcommands: [ParseCommand.self, TextCommand.self, DatesCommand.self, ConvertCommand.self, ValidateCommand.self, CheckCommand.self]
    )
}
