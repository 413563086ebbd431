#!/usr/bin/env zsh
# Prints the completions zsh offers for a command line, by driving a real interactive zsh in
# a pseudo-terminal (zsh/zpty) with compinit loaded from the given fpath directory.
# Usage: zsh_complete.zsh FPATH_DIR 'replylint --format '
# The technique (compadd wrapped to print its matches, pre/post hooks to frame the output)
# follows Valodim's zsh-capture-completion.
emulate -L zsh
zmodload zsh/zpty || exit 77
local fdir=$1 line=$2

zpty z zsh -f -i
zpty -w z "fpath=(${(q)fdir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'PROMPT= RPROMPT='
zpty -w z 'null-line () { echo -E - $'"'"'\0'"'"' }'
zpty -w z 'compprefuncs=( null-line ); comppostfuncs=( null-line exit )'
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits __dscr
  if (( $@[(I)-d] )); then __dscr=( "${(@P)${(v)@[$@[(I)-d]+1]}}" ); fi
  builtin compadd -A __hits -D __dscr "$@"
  setopt localoptions norcexpandparam extendedglob
  typeset -A apre hpre hsuf asuf
  zparseopts -E P:=apre p:=hpre S:=asuf s:=hsuf
  integer i
  for (( i = 1; i <= $#__hits; i++ )); do
    echo -E - $IPREFIX$apre$hpre$__hits[i]$hsuf$asuf
  done
}'
# Last: from here on Enter runs nothing, and Tab completes.
zpty -w z "bindkey '^M' undefined; bindkey '^J' undefined; bindkey '^I' complete-word"
zpty -w z "$line"$'\t'

integer tog=0
while zpty -r z; do :; done | while IFS= read -r l; do
  if [[ $l == *$'\0\r' ]]; then
    (( tog++ )) && return 0 || continue
  fi
  (( tog )) && print -r -- "${l%$'\r'}"
done
