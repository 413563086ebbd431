# fish completion for replylint. Installed in share/fish/vendor_completions.d.

# The command being completed: the first word after the program; anything else means check.
function __replylint_command
    set -l tokens (commandline -opc)
    set -q tokens[2]; or return
    switch $tokens[2]
        case check rules explain test init check-config help
            echo $tokens[2]
        case '*'
            echo check
    end
end

# True while the command is (or, with no command yet, would be) one of the arguments.
function __replylint_using
    set -l cmd (__replylint_command)
    test -z "$cmd"; and contains -- check $argv; and return 0
    contains -- "$cmd" $argv
end

function __replylint_needs_command
    test (count (commandline -opc)) -eq 1
end

# Rule ids from `replylint rules --ids`, with the --config/--rules/--no-* already typed.
function __replylint_rule_ids
    set -l tokens (commandline -opc)
    set -l args
    for i in (seq 2 (count $tokens))
        switch $tokens[$i]
            case --rules --config
                set -q tokens[(math $i + 1)]; and set -a args $tokens[$i] $tokens[(math $i + 1)]
            case --no-config --no-builtin
                set -a args $tokens[$i]
        end
    end
    command $tokens[1] rules --ids $args 2>/dev/null
end

complete -c replylint -f

# Commands (a path in first position means check).
complete -c replylint -n __replylint_needs_command -a check -d 'Lint files, directories or stdin (the default)'
complete -c replylint -n __replylint_needs_command -a rules -d 'List the rules with their effective state'
complete -c replylint -n __replylint_needs_command -a explain -d 'Show what a rule checks, why, and examples'
complete -c replylint -n __replylint_needs_command -a test -d "Check every rule's examples"
complete -c replylint -n __replylint_needs_command -a init -d 'Write a commented starter .replylint.yaml'
complete -c replylint -n __replylint_needs_command -a check-config -d 'Validate a config and the rules it loads'
complete -c replylint -n __replylint_needs_command -a help -d 'Show help'
complete -c replylint -n __replylint_needs_command -s V -l version -d 'Print the version'
complete -c replylint -s h -l help -d 'Show help'

# check
complete -c replylint -n '__replylint_using check' -F
complete -c replylint -n '__replylint_using check' -s i -l input -x -a 'auto chat email mbox jsonl json template' -d 'Input format'
complete -c replylint -n '__replylint_using check' -s f -l format -x -a 'text sarif json jsonl github' -d 'Report format'
complete -c replylint -n '__replylint_using check' -s o -l output -r -F -d 'Write the report to a file'
complete -c replylint -n '__replylint_using check' -l stats -d 'Add per-rule and per-agent counts'
complete -c replylint -n '__replylint_using check' -l draft -d 'Check an e-mail reply before sending'
complete -c replylint -n '__replylint_using check' -l lint-quoted -d 'Also report findings in quoted e-mail history'
complete -c replylint -n '__replylint_using check' -l agent-address -x -d 'E-mail address glob of your agents'
complete -c replylint -n '__replylint_using check' -s j -l jobs -x -d 'Lint with N threads'
complete -c replylint -n '__replylint_using check' -l color -x -a 'auto always never' -d 'Colour the text report'
complete -c replylint -n '__replylint_using check' -l fail-on -x -a 'error warning info' -d 'Lowest severity that makes the exit code 1'
complete -c replylint -n '__replylint_using check' -l stdin-filename -r -F -d 'Name stdin for reports, detection and config'
complete -c replylint -n '__replylint_using check' -l max-warnings -x -d 'Exit 1 when there are more than N warnings'
complete -c replylint -n '__replylint_using check' -l show-suppressed -d 'Also report suppressed and baselined findings'
complete -c replylint -n '__replylint_using check' -l baseline -r -F -d 'Ignore the findings recorded in a file'
complete -c replylint -n '__replylint_using check' -l write-baseline -r -F -d 'Record the findings in a file'
complete -c replylint -n '__replylint_using check' -l fix -d 'Apply rule suggestions to template files'
complete -c replylint -n '__replylint_using check' -l diff -d 'With --fix: print a unified diff instead of writing'

# Rule sources (check, rules, explain) and selection (check, rules).
complete -c replylint -n '__replylint_using check rules explain' -l rules -r -F -d 'Extra rule file or directory'
complete -c replylint -n '__replylint_using check rules explain' -l no-builtin -d 'Leave out the built-in rule packs'
complete -c replylint -n '__replylint_using check rules explain' -l config -r -F -d 'Use this config for every input'
complete -c replylint -n '__replylint_using check rules explain' -l no-config -d 'Ignore .replylint.yaml files'
complete -c replylint -n '__replylint_using check rules' -l enable -x -a '(__replylint_rule_ids)' -d 'Turn on rules by id or glob'
complete -c replylint -n '__replylint_using check rules' -l disable -x -a '(__replylint_rule_ids)' -d 'Turn off rules by id or glob'
complete -c replylint -n '__replylint_using check rules' -l min-severity -x -a 'error warning info' -d 'Run only rules at or above this severity'

# rules
complete -c replylint -n '__replylint_using rules' -s f -l format -x -a 'text json' -d 'Output format'
complete -c replylint -n '__replylint_using rules' -l ids -d 'Print rule ids only'
complete -c replylint -n '__replylint_using rules' -l for -r -F -d "Show the state for this path's config"

# explain, test, init, check-config, help
complete -c replylint -n '__replylint_using explain' -a '(__replylint_rule_ids)' -d 'Rule id'
complete -c replylint -n '__replylint_using test' -F
complete -c replylint -n '__replylint_using init' -l force -d 'Replace an existing .replylint.yaml'
complete -c replylint -n '__replylint_using init' -x -a '(__fish_complete_directories)'
complete -c replylint -n '__replylint_using check-config' -F
complete -c replylint -n '__replylint_using help' -a 'check rules explain test init check-config'
