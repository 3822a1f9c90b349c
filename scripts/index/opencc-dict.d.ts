/** opencc-js ships its dictionaries as modules without type declarations: each is "from to|from to|…". */
declare module 'opencc-js/dict/TSCharacters' {
  const dictionary: string;
  export default dictionary;
}
